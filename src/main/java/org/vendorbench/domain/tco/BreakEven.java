package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The monthly call volume V0 at which two vendors' TCOs are equal, all other assumptions fixed.
 * The difference TCO_A − TCO_B is scanned on {@value #STEPS} equal steps of [0, 10·V0] and every
 * sign change is refined by bisection to 1e-9 of the range; the lowest crossing is reported (all
 * are listed). None when the sign never changes in the range, or a vendor has no TCO.
 */
public final class BreakEven {
    static final int STEPS = 400;

    /**
     * A crossing: below {@code volume} calls a month {@code cheaperBelow} has the lower TCO, above it
     * {@code cheaperAbove}; {@code allCrossings} in increasing order (usually one).
     */
    public record Result(double volume, String cheaperBelow, String cheaperAbove, List<Double> allCrossings,
                         String sentence) {
        public Result {
            allCrossings = List.copyOf(allCrossings);
        }
    }

    private BreakEven() {}

    /** The break-even volume of {@code a} and {@code b} over [0, 10·V0] (V0 of {@code assumptions}). */
    public static Optional<Result> volume(VendorInput a, VendorInput b, TcoAssumptions assumptions) {
        double v0 = assumptions.value(TcoKey.MONTHLY_CALL_VOLUME);
        return volume(a, b, assumptions, 0, 10 * v0);
    }

    /** As {@link #volume(VendorInput, VendorInput, TcoAssumptions)} over [{@code from}, {@code to}]. */
    public static Optional<Result> volume(VendorInput a, VendorInput b, TcoAssumptions assumptions,
                                          double from, double to) {
        if (!a.vendor().hasPricing() || !b.vendor().hasPricing() || !(to > from)) return Optional.empty();
        Diff diff = new Diff(a, b, assumptions);
        List<Double> roots = new ArrayList<>();
        double step = (to - from) / STEPS;
        double xLast = Double.NaN, dLast = 0; // last grid point with a non-zero difference
        for (int s = 0; s <= STEPS; s++) {
            double x = s == STEPS ? to : from + s * step;
            double d = diff.at(x);
            if (d == 0) continue; // equal exactly on the grid: the crossing is bracketed by the neighbours
            if (dLast != 0 && Math.signum(d) != Math.signum(dLast)) {
                roots.add(bisect(diff, xLast, x, dLast, (to - from) * 1e-9));
            }
            xLast = x;
            dLast = d;
        }
        if (roots.isEmpty()) return Optional.empty();
        double root = roots.get(0);
        double below = diff.at(from);
        if (below == 0) below = diff.at(Math.max(from, root - step / 2));
        String cheaperBelow = below < 0 ? a.name() : b.name();
        String cheaperAbove = below < 0 ? b.name() : a.name();
        String sentence = String.format(Locale.ROOT,
                "%s is the cheaper choice only while monthly volume stays below %,.0f calls; above that %s has the"
                        + " lower %d-month TCO, its volume-driven savings outweighing its fixed and risk costs.",
                cheaperBelow, root, cheaperAbove, assumptions.termMonths());
        return Optional.of(new Result(root, cheaperBelow, cheaperAbove, roots, sentence));
    }

    private static double bisect(Diff diff, double lo, double hi, double dLo, double tol) {
        for (int i = 0; i < 200 && hi - lo > tol; i++) {
            double mid = lo + (hi - lo) / 2;
            double dm = diff.at(mid);
            if (dm == 0) return mid;
            if (Math.signum(dm) == Math.signum(dLo)) {
                lo = mid;
                dLo = dm;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }

    /** TCO_A(V0) − TCO_B(V0), each with its own overrides (a vendor's own V0 override wins). */
    private static final class Diff {
        final VendorInput a, b;
        final double[] base, p;
        final double[] escA, escB;
        final TotalCalculator calc;

        Diff(VendorInput a, VendorInput b, TcoAssumptions assumptions) {
            this.a = a;
            this.b = b;
            this.base = assumptions.valuesArray();
            this.p = new double[base.length];
            this.calc = new TotalCalculator(assumptions.termMonths());
            this.escA = TcoKernel.escalator(a.vendor(), assumptions.termMonths());
            this.escB = TcoKernel.escalator(b.vendor(), assumptions.termMonths());
        }

        double at(double volume) {
            return total(a, escA, volume) - total(b, escB, volume);
        }

        private double total(VendorInput in, double[] esc, double volume) {
            System.arraycopy(base, 0, p, 0, base.length);
            p[TcoKey.MONTHLY_CALL_VOLUME.ordinal()] = volume;
            in.applyTo(p);
            return calc.total(in.vendor(), esc, p);
        }
    }
}
