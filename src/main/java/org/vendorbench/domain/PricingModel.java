package org.vendorbench.domain;

/** {@code P-MODEL} values (workbook-format.md §2). */
public enum PricingModel {
    PER_MINUTE, PER_CALL, PER_FTE_MONTH, FLAT_MONTH;

    /** The model's name as written in workbooks and JSON, e.g. {@code per_minute}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PricingModel parse(String text) {
        String f = Fold.fold(text);
        for (PricingModel m : values()) {
            if (Fold.fold(m.name()).equals(f)) return m;
        }
        return null;
    }
}
