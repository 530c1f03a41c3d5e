package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity: for each TCO assumption with a Low/High range, every vendor's TCO with
 * that assumption at Low and at High and all others at their Value. Bars are sorted by the largest
 * swing, max over vendors of |TCO(High) − TCO(Low)| (ties: {@link TcoKey} order). A vendor's own
 * override of the key fixes it for that vendor (swing 0).
 */
public final class Tornado {

    /** A vendor's TCO at the key's Low and High; nulls when the vendor has no TCO. */
    public record Entry(String vendor, Double tcoLow, Double tcoHigh, Double swing) {}

    /** One bar of the tornado. */
    public record Bar(TcoKey key, String label, double low, double value, double high, double maxSwing,
                      List<Entry> vendors) {
        public Bar {
            vendors = List.copyOf(vendors);
        }
    }

    private Tornado() {}

    public static List<Bar> compute(List<VendorInput> vendors, TcoAssumptions a) {
        int t = a.termMonths();
        TotalCalculator calc = new TotalCalculator(t);
        double[] base = a.valuesArray();
        double[][] escal = new double[vendors.size()][];
        for (int v = 0; v < vendors.size(); v++) escal[v] = TcoKernel.escalator(vendors.get(v).vendor(), t);
        double[] p = new double[base.length];
        List<Bar> bars = new ArrayList<>();
        for (TcoKey key : a.rangedKeys()) {
            double low = a.low(key), high = a.high(key);
            List<Entry> entries = new ArrayList<>();
            double maxSwing = 0;
            for (int v = 0; v < vendors.size(); v++) {
                VendorInput in = vendors.get(v);
                if (!in.vendor().hasPricing()) {
                    entries.add(new Entry(in.name(), null, null, null));
                    continue;
                }
                double tLow = totalAt(calc, in, escal[v], base, p, key, low);
                double tHigh = totalAt(calc, in, escal[v], base, p, key, high);
                double swing = Math.abs(tHigh - tLow);
                maxSwing = Math.max(maxSwing, swing);
                entries.add(new Entry(in.name(), tLow, tHigh, swing));
            }
            bars.add(new Bar(key, key.label(), low, a.value(key), high, maxSwing, entries));
        }
        bars.sort(Comparator.comparingDouble(Bar::maxSwing).reversed());
        return bars;
    }

    private static double totalAt(TotalCalculator calc, VendorInput in, double[] escal, double[] base, double[] p,
                                  TcoKey key, double x) {
        System.arraycopy(base, 0, p, 0, base.length);
        p[key.ordinal()] = x;
        in.applyTo(p);
        return calc.total(in.vendor(), escal, p);
    }
}
