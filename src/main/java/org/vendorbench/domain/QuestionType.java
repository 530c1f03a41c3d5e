package org.vendorbench.domain;

/** The answer types of a question (workbook-format.md §1). */
public enum QuestionType {
    YES_NO, CHOICE, NUMBER, PERCENT, CURRENCY, DURATION, TEXT, DATE;

    public boolean isNumeric() {
        return this == NUMBER || this == PERCENT || this == CURRENCY || this == DURATION;
    }

    /** Parses a folded type name such as {@code yes-no} or {@code YES_NO}; null when unknown. */
    public static QuestionType parse(String text) {
        String f = Fold.fold(text);
        for (QuestionType t : values()) {
            if (Fold.fold(t.name()).equals(f)) return t;
        }
        return null;
    }
}
