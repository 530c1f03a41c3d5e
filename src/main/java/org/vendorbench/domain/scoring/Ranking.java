package org.vendorbench.domain.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Price score, combined score and rank (scoring-and-tco.md §3 and §9).
 *
 * <ul>
 * <li>PS by a {@link PriceFormula} (standard: 100 · TCOmin / TCO, TCOmin over qualified vendors
 *     with a TCO, capped at 100). Disqualified vendors still get PS and C. No TCO → PS 0 and listed
 *     NO_PRICING. If no qualified vendor has a TCO the reference is every vendor with one; if no
 *     vendor has a TCO at all, every PS is 0 and the ranking is by quality alone (weighted (1−p)).</li>
 * <li>C = (1 − p)·Q + p·PS with p = price weight / 100.</li>
 * <li>Order: qualified by C descending, ties by higher Q, then vendor name case-insensitively,
 *     then by code point; then the disqualified in the same order. C and Q count as tied when they
 *     agree to 1e-9 points, so float noise of mathematically equal scores never decides a rank.</li>
 * </ul>
 */
public final class Ranking {
    static final String NO_PRICING_ID = "Pricing";

    private Ranking() {}

    /**
     * @param tcoTotals          vendor name (exactly as in {@link VendorScore#vendor()}) → TCO total; absent or
     *                           null = no TCO
     * @param priceWeightPercent the RFP's price weight in percent (0..100)
     * @return the vendors in rank order
     */
    public static List<RankedVendor> rank(List<VendorScore> vendors, Map<String, Double> tcoTotals, double priceWeightPercent) {
        return rank(vendors, tcoTotals, priceWeightPercent, PriceFormula.LOWEST_OVER_PRICE);
    }

    public static List<RankedVendor> rank(List<VendorScore> vendors, Map<String, Double> tcoTotals,
                                          double priceWeightPercent, PriceFormula formula) {
        int n = vendors.size();
        double[] q = new double[n];
        boolean[] dq = new boolean[n];
        Double[] tco = new Double[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            VendorScore v = vendors.get(i);
            q[i] = v.quality();
            dq[i] = v.disqualified();
            tco[i] = tcoTotals == null ? null : tcoTotals.get(v.vendor());
            if (tco[i] != null && !Double.isFinite(tco[i])) tco[i] = null;
            names[i] = v.vendor();
        }
        double[] ps = priceScores(tco, dq, formula);
        double[] c = combined(q, ps, priceWeightPercent);
        Integer[] order = order(names, q, c, dq);
        List<RankedVendor> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int i = order[r];
            VendorScore v = vendors.get(i);
            List<Listed> listed = v.listed();
            if (tco[i] == null) {
                listed = new ArrayList<>(listed);
                listed.add(new Listed(NO_PRICING_ID, ListedReason.NO_PRICING));
            }
            out.add(new RankedVendor(v, r + 1, tco[i], ps[i], c[i], listed));
        }
        return out;
    }

    /** Price scores of all vendors (index-aligned); {@code tco[i]} null = no TCO. */
    static double[] priceScores(Double[] tco, boolean[] disqualified, PriceFormula formula) {
        double[] ref = reference(tco, disqualified, true);
        if (ref.length == 0) ref = reference(tco, disqualified, false);
        double[] ps = new double[tco.length];
        if (ref.length == 0) return ps;
        double min = Arrays.stream(ref).min().getAsDouble();
        double max = Arrays.stream(ref).max().getAsDouble();
        double avg = Arrays.stream(ref).average().getAsDouble();
        for (int i = 0; i < tco.length; i++) ps[i] = tco[i] == null ? 0 : formula.score(tco[i], min, max, avg);
        return ps;
    }

    private static double[] reference(Double[] tco, boolean[] dq, boolean qualifiedOnly) {
        return java.util.stream.IntStream.range(0, tco.length)
                .filter(i -> tco[i] != null && (!qualifiedOnly || !dq[i]))
                .mapToDouble(i -> tco[i]).toArray();
    }

    static double[] combined(double[] q, double[] ps, double priceWeightPercent) {
        double p = priceWeightPercent / 100.0;
        double[] c = new double[q.length];
        for (int i = 0; i < q.length; i++) c[i] = (1 - p) * q[i] + p * ps[i];
        return c;
    }

    /** Indices in rank order. */
    static Integer[] order(String[] names, double[] q, double[] c, boolean[] dq) {
        Integer[] idx = new Integer[names.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Comparator<Integer> cmp = Comparator.<Integer>comparingInt(i -> dq[i] ? 1 : 0)
                .thenComparing(i -> -quantize(c[i]))
                .thenComparing(i -> -quantize(q[i]))
                .thenComparing(i -> names[i], NAME_ORDER);
        Arrays.sort(idx, cmp);
        return idx;
    }

    /** Vendor names case-insensitively, then by code point. */
    public static final Comparator<String> NAME_ORDER =
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Ranking::compareCodePoints));

    /** Compares by Unicode code point (String.compareTo compares UTF-16 units, which differs above U+FFFF). */
    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static long quantize(double x) {
        return Math.round(x * 1e9);
    }
}
