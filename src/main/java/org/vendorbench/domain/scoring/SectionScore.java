package org.vendorbench.domain.scoring;

/**
 * A section's score S = 20 · Σ wq·sq / Σ wq over its counted questions (0..100), null when no
 * question counts. {@code weight} is the relative weight used (RFP or override), not normalised.
 */
public record SectionScore(String id, String name, double weight, Double score, int countedItems) {
    public SectionScore withWeight(double w) {
        return new SectionScore(id, name, w, score, countedItems);
    }
}
