package org.vendorbench.domain.tco;

import org.vendorbench.domain.Fold;

/**
 * The assumption keys of scoring-and-tco.md §5 (RFP sheet {@code Assumptions}) with their defaults,
 * plus two staffing keys that are not part of the TCO. Percent keys are in percent units
 * ({@code 2} is 2 %). The declaration order is the fixed order of the Monte Carlo draws.
 */
public enum TcoKey {
    MONTHLY_CALL_VOLUME("Monthly call volume", Double.NaN, true),
    ANNUAL_VOLUME_GROWTH("Annual volume growth", 0, true),
    BILLABLE_MINUTES_PER_CALL("Billable minutes per call", 4, true),
    REPEAT_CALLS_PER_UNRESOLVED_CALL("Repeat calls per unresolved call", 1, true),
    PATIENT_ANNUAL_VALUE("Patient annual value", 2000, true),
    LOST_SHARE_ABANDONED("Lost share of abandoned callers", 2, true),
    LOST_SHARE_DISSATISFIED("Lost share of dissatisfied callers", 1, true),
    INTERNAL_HOURLY_RATE("Internal hourly rate", 60, true),
    INTERNAL_ONBOARDING_HOURS("Internal onboarding hours", 120, true),
    GOVERNANCE_HOURS_PER_MONTH("Governance hours per month", 16, true),
    EXIT_COST_MONTHS_OF_FEES("Exit cost in months of fees", 4.5, true),
    REPROCUREMENT_COST("Re-procurement cost", 25000, true),
    EXIT_PROBABILITY_AT_QUALITY_50("Exit probability at quality 50", 20, true),
    DISCOUNT_RATE("Discount rate", 0, true),
    /** Share of a working day's calls that arrive in the peak hour, percent (staffing only). */
    PEAK_HOUR_SHARE("Peak-hour share", 12, false),
    /** Working days per month (staffing only). */
    WORKING_DAYS_PER_MONTH("Working days per month", 22, false);

    private final String label;
    private final double defaultValue;
    private final boolean tco;

    TcoKey(String label, double defaultValue, boolean tco) {
        this.label = label;
        this.defaultValue = defaultValue;
        this.tco = tco;
    }

    /** The key as written in the RFP's {@code Assumptions} sheet. */
    public String label() {
        return label;
    }

    /** The default when the RFP does not give the key; NaN for the required monthly call volume. */
    public double defaultValue() {
        return defaultValue;
    }

    /** Whether the key is required (no default). */
    public boolean required() {
        return Double.isNaN(defaultValue);
    }

    /** Whether the key enters the TCO (the staffing keys do not, and are never drawn). */
    public boolean partOfTco() {
        return tco;
    }

    /**
     * The key whose label or constant name folds to the folded text ({@code "Discount rate"},
     * {@code "discount_rate"}, {@code "DISCOUNT-RATE"}), or null. {@code "Exit probability"} is
     * accepted for {@link #EXIT_PROBABILITY_AT_QUALITY_50} (the usual per-vendor override).
     */
    public static TcoKey parse(String text) {
        String f = Fold.fold(text);
        if (f.isEmpty()) return null;
        if (f.equals("exit-probability")) return EXIT_PROBABILITY_AT_QUALITY_50;
        for (TcoKey k : values()) {
            if (Fold.fold(k.label).equals(f) || Fold.fold(k.name()).equals(f)) return k;
        }
        return null;
    }
}
