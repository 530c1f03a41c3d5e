package org.vendorbench.domain;

/** One option of a CHOICE question; {@code score} is null when the RFP gives none. */
public record ChoiceOption(String label, Double score) {
    public ChoiceOption {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("option label is blank");
        if (score != null && (score < 0 || score > 5)) throw new IllegalArgumentException("option score outside 0..5: " + score);
    }
}
