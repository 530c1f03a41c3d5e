package org.vendorbench.domain.scoring;

/**
 * How a TCO becomes a 0..100 price score. {@link #LOWEST_OVER_PRICE} is the model's formula
 * (scoring-and-tco.md §3); the other two exist for the sensitivity check "does the winner depend
 * on the price formula?".
 *
 * <p>The reference set (min, max, average) is the qualified vendors that have a TCO; when no
 * qualified vendor has one, every vendor with a TCO. A vendor without TCO scores 0. Scores are
 * clamped to 0..100 (a disqualified vendor may lie outside the reference range). A TCO ≤ 0 (not
 * expected: the model always has positive costs) scores 100.
 */
public enum PriceFormula {
    /** PS = 100 · TCOmin / TCO, capped at 100 (the standard "lowest price ÷ price"). */
    LOWEST_OVER_PRICE("lowest price / price"),
    /** PS = 100 · (TCOmax − TCO) / (TCOmax − TCOmin): 100 for the cheapest, 0 for the dearest; all equal → 100. */
    LINEAR_MIN_MAX("linear between lowest and highest price"),
    /** PS = 100 · TCOavg / TCO, capped at 100: every price at or below the average gets full marks. */
    AVERAGE_OVER_PRICE("average price / price");

    public final String label;

    PriceFormula(String label) {
        this.label = label;
    }

    /** Price score of {@code tco} given the reference set's min, max and average. */
    public double score(double tco, double min, double max, double avg) {
        if (tco <= 0) return 100;
        double ps = switch (this) {
            case LOWEST_OVER_PRICE -> 100 * min / tco;
            case AVERAGE_OVER_PRICE -> 100 * avg / tco;
            case LINEAR_MIN_MAX -> max == min ? (tco <= min ? 100 : 0) : 100 * (max - tco) / (max - min);
        };
        return Math.max(0, Math.min(100, ps));
    }
}
