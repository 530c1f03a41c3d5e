package org.vendorbench.domain.tco;

/** The triangular distribution (Low, mode, High) by its exact inverse CDF. */
public final class Triangular {
    private Triangular() {}

    /**
     * The quantile at {@code u} ∈ [0, 1) of the triangular distribution with minimum {@code low},
     * mode {@code mode} and maximum {@code high}; {@code mode} itself when low == high.
     */
    public static double inverse(double low, double mode, double high, double u) {
        double width = high - low;
        if (!(width > 0)) return mode;
        double fc = (mode - low) / width;
        if (u < fc) return low + Math.sqrt(u * width * (mode - low));
        return high - Math.sqrt((1 - u) * width * (high - mode));
    }
}
