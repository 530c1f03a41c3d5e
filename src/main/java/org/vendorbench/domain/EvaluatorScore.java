package org.vendorbench.domain;

/** One evaluator's 0..5 score of a manual question for a vendor. */
public record EvaluatorScore(String evaluator, String vendor, String questionId, double score, String note) {
    public EvaluatorScore {
        if (!(score >= 0 && score <= 5)) throw new IllegalArgumentException("score outside 0..5: " + score);
    }
}
