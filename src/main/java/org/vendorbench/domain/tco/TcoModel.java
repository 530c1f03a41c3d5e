package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * The reference TCO model of scoring-and-tco.md §5 ({@value #MODEL}): month by month fees with
 * repeats and escalator, retraining after attrition, patient value lost within the term, governance,
 * one-time onboarding and the expected exit cost, discounted monthly. Doubles are never rounded.
 */
public final class TcoModel {
    /** Model name, printed in the JSON and the memo; a formula change is a new version. */
    public static final String MODEL = "vendorbench-tco/1";

    private TcoModel() {}

    /**
     * The vendor's TCO; {@code quality} is Q (0..100, unrounded, with evaluators' scores), used for
     * the exit probability. {@code a} must already carry any vendor-specific overrides
     * ({@link TcoAssumptions#withOverrides}). Absent (reason {@code NO_PRICING}) without P-MODEL or
     * P-RATE.
     */
    public static TcoOutcome compute(Rfp rfp, VendorResponse vendor, double quality, TcoAssumptions a) {
        return compute(TcoVendor.of(rfp, vendor, quality), a);
    }

    /** As above with this vendor's own overrides (key → fixed value) applied to {@code a}. */
    public static TcoOutcome compute(Rfp rfp, VendorResponse vendor, double quality, TcoAssumptions a,
                                     java.util.Map<String, Double> vendorOverrides) {
        return compute(TcoVendor.of(rfp, vendor, quality), a.withOverrides(vendorOverrides));
    }

    /** As {@link #compute(Rfp, VendorResponse, double, TcoAssumptions)} on resolved inputs. */
    public static TcoOutcome compute(TcoVendor v, TcoAssumptions a) {
        if (!v.hasPricing()) return TcoOutcome.absent(TcoOutcome.NO_PRICING, v.missingReason());
        if (!Double.isFinite(v.quality())) throw new IllegalArgumentException("quality must be a finite number");
        int t = a.termMonths();
        double[] growth = new double[t];
        double[] disc = new double[t];
        double[] p = a.valuesArray();
        TcoKernel.fillFactors(p[TcoKey.ANNUAL_VOLUME_GROWTH.ordinal()], p[TcoKey.DISCOUNT_RATE.ordinal()], t, growth, disc);
        double[] out = new double[TcoKernel.OUT_SIZE];
        double[] pm = new double[t * TcoKernel.PM_STRIDE];
        TcoKernel.evaluate(v, p, t, growth, disc, TcoKernel.escalator(v, t), out, pm);

        double onboardingCost = out[TcoKernel.ONBOARDING] / disc[0];
        double expectedExitUndiscounted = out[TcoKernel.EXIT_PROBABILITY] * out[TcoKernel.EXIT_COST];
        int exitMonth = TcoKernel.exitMonth(t);
        List<MonthCost> months = new ArrayList<>(t);
        List<Double> cumulative = new ArrayList<>(t);
        double running = 0;
        for (int m = 1; m <= t; m++) {
            int o = (m - 1) * TcoKernel.PM_STRIDE;
            double d = pm[o + TcoKernel.PM_D];
            double f = pm[o + TcoKernel.PM_F], ra = pm[o + TcoKernel.PM_A], pp = pm[o + TcoKernel.PM_P],
                    g = pm[o + TcoKernel.PM_G];
            double onb = m == 1 ? onboardingCost : 0;
            double ex = m == exitMonth ? expectedExitUndiscounted : 0;
            double total = d * f + d * ra + d * pp + d * g
                    + (m == 1 ? out[TcoKernel.ONBOARDING] : 0) + (m == exitMonth ? out[TcoKernel.EXIT] : 0);
            running += total;
            months.add(new MonthCost(m, pm[o + TcoKernel.PM_V], pm[o + TcoKernel.PM_B], f, ra, pp, g, onb, ex, d, total));
            cumulative.add(running);
        }
        return TcoOutcome.of(new TcoResult(v.name(), MODEL, t, out[TcoKernel.TOTAL], out[TcoKernel.FEES],
                out[TcoKernel.ONBOARDING], out[TcoKernel.RETRAINING], out[TcoKernel.PATIENT],
                out[TcoKernel.GOVERNANCE], out[TcoKernel.EXIT], out[TcoKernel.FIRST_MONTH_FEE],
                out[TcoKernel.FEES_UNDISCOUNTED], out[TcoKernel.EXIT_PROBABILITY], out[TcoKernel.EXIT_COST],
                months, cumulative, v.defaultedKpis(), v.neutralKpis(), explain(v, t, out)));
    }

    /**
     * The months m (2..T) at which the cumulative cost curves of {@code a} and {@code b} cross: the
     * sign of cumA − cumB at month m differs from its last non-zero sign before m. Empty when one
     * stays cheaper throughout (or when the terms differ).
     */
    public static List<Integer> crossovers(TcoResult a, TcoResult b) {
        List<Integer> out = new ArrayList<>();
        for (Crossover c : Crossover.between(a, b)) out.add(c.month());
        return out;
    }

    private static String explain(TcoVendor v, int t, double[] out) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d-month TCO %,.0f = fees %,.0f + onboarding %,.0f + retraining %,.0f + patient impact %,.0f"
                        + " + governance %,.0f + expected exit %,.0f (%.1f%% chance of an exit costing %,.0f);"
                        + " first month fee %,.0f (%s).",
                t, out[TcoKernel.TOTAL], out[TcoKernel.FEES], out[TcoKernel.ONBOARDING], out[TcoKernel.RETRAINING],
                out[TcoKernel.PATIENT], out[TcoKernel.GOVERNANCE], out[TcoKernel.EXIT],
                100 * out[TcoKernel.EXIT_PROBABILITY], out[TcoKernel.EXIT_COST], out[TcoKernel.FIRST_MONTH_FEE],
                v.model().code()));
        if (!v.defaultedKpis().isEmpty()) {
            sb.append(" Left blank by the vendor, RFP target used: ").append(String.join(", ", v.defaultedKpis())).append('.');
        }
        if (!v.neutralKpis().isEmpty()) {
            sb.append(" Not in the RFP, neutral value used: ").append(String.join(", ", v.neutralKpis())).append('.');
        }
        return sb.toString();
    }
}
