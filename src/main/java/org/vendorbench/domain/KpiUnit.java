package org.vendorbench.domain;

/** Unit of a KPI (workbook-format.md §1); decides how a committed value is read. */
public enum KpiUnit {
    PERCENT(QuestionType.PERCENT), SECONDS(QuestionType.DURATION), PER_1000_CALLS(QuestionType.NUMBER);

    public final QuestionType valueType;

    KpiUnit(QuestionType valueType) { this.valueType = valueType; }

    public static KpiUnit parse(String text) {
        String f = Fold.fold(text);
        for (KpiUnit u : values()) {
            if (Fold.fold(u.name()).equals(f)) return u;
        }
        return null;
    }
}
