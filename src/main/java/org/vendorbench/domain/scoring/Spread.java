package org.vendorbench.domain.scoring;

/** A manual question whose evaluators differ by 2 points or more: flagged for a consensus talk. */
public record Spread(String id, double min, double max) {
    /** The flagging threshold of scoring-and-tco.md §3 (points on the 0..5 scale). */
    public static final double FLAG_AT = 2.0;

    public double width() {
        return max - min;
    }

    /** True when a spread of {@code width} points is flagged (tolerant of float noise). */
    public static boolean flagged(double width) {
        return width >= FLAG_AT - 1e-9;
    }
}
