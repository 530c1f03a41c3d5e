package org.vendorbench.domain;

/** A lead's consensus score that replaces the evaluators' mean, with the reason. */
public record ConsensusOverride(String vendor, String questionId, double score, String reason) {
    public ConsensusOverride {
        if (!(score >= 0 && score <= 5)) throw new IllegalArgumentException("score outside 0..5: " + score);
    }
}
