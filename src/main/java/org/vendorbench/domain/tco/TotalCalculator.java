package org.vendorbench.domain.tco;

/**
 * Reusable scratch space to compute many TCO totals of the same term without allocating (tornado,
 * break-even). Not thread-safe.
 */
final class TotalCalculator {
    private final int termMonths;
    private final double[] growth;
    private final double[] disc;
    private final double[] out = new double[TcoKernel.OUT_SIZE];

    TotalCalculator(int termMonths) {
        this.termMonths = termMonths;
        this.growth = new double[termMonths];
        this.disc = new double[termMonths];
    }

    /** The TCO total of {@code v} with assumption values {@code p}; NaN when it has no pricing. */
    double total(TcoVendor v, double[] escal, double[] p) {
        if (!v.hasPricing()) return Double.NaN;
        TcoKernel.fillFactors(p[TcoKey.ANNUAL_VOLUME_GROWTH.ordinal()], p[TcoKey.DISCOUNT_RATE.ordinal()],
                termMonths, growth, disc);
        TcoKernel.evaluate(v, p, termMonths, growth, disc, escal, out, null);
        return out[TcoKernel.TOTAL];
    }
}
