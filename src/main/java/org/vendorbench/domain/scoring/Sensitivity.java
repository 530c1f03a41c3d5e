package org.vendorbench.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Would the winner change? Two checks for the decision memo.
 *
 * <p>{@link #sectionWeights}: for each section, its normalised weight is moved away from the
 * current value (the other sections keep their proportions and are rescaled so the weights sum to
 * 1; when the section holds all the weight, the rest is shared equally). Because who ranks first
 * can change and change back as a weight moves, both directions are scanned over 0..100 % in steps
 * of 0.1 percentage points; the first change in each direction is then refined by bisection to
 * 0.01 percentage points. The nearer of the two is reported, else "stable across 0-100 %". Price
 * scores do not depend on weights and stay fixed.
 *
 * <p>{@link #priceFormulas}: the ranking under each {@link PriceFormula}.
 */
public final class Sensitivity {
    static final double SCAN_STEP = 0.001;
    static final double PRECISION = 0.0001;

    private Sensitivity() {}

    /**
     * @param currentWeight   the section's current normalised weight (0..1)
     * @param stable          true when no weight in 0..1 changes who ranks first
     * @param thresholdWeight the normalised weight (0..1) at which the leader changes, null when stable
     * @param newLeader       who ranks first beyond the threshold, null when stable
     */
    public record SectionThreshold(String sectionId, double currentWeight, String currentLeader, boolean stable,
                                   Double thresholdWeight, String newLeader) {
        public String describe() {
            if (stable) return sectionId + ": " + currentLeader + " stays first across 0-100 %";
            return String.format(java.util.Locale.ROOT, "%s: at %.2f %% (now %.2f %%) %s overtakes %s", sectionId,
                    100 * thresholdWeight, 100 * currentWeight, newLeader, currentLeader);
        }
    }

    public record PriceFormulaOutcome(PriceFormula formula, List<RankedVendor> ranking) {
        public PriceFormulaOutcome {
            ranking = List.copyOf(ranking);
        }

        public String leader() {
            return ranking.isEmpty() ? null : ranking.get(0).vendor();
        }
    }

    /** @param leaderDependsOnFormula true when the formulas do not all put the same vendor first */
    public record PriceFormulaReport(List<PriceFormulaOutcome> outcomes, boolean leaderDependsOnFormula) {
        public PriceFormulaReport {
            outcomes = List.copyOf(outcomes);
        }
    }

    public static PriceFormulaReport priceFormulas(List<VendorScore> vendors, Map<String, Double> tcoTotals,
                                                   double priceWeightPercent) {
        List<PriceFormulaOutcome> out = new ArrayList<>();
        for (PriceFormula f : PriceFormula.values()) {
            out.add(new PriceFormulaOutcome(f, Ranking.rank(vendors, tcoTotals, priceWeightPercent, f)));
        }
        boolean depends = out.stream().map(PriceFormulaOutcome::leader).distinct().count() > 1;
        return new PriceFormulaReport(out, depends);
    }

    /** One threshold per section in RFP order; empty with no vendors or when all section weights are 0. */
    public static List<SectionThreshold> sectionWeights(List<VendorScore> vendors, Map<String, Double> tcoTotals,
                                                        double priceWeightPercent) {
        if (vendors.isEmpty()) return List.of();
        Model m = new Model(vendors, tcoTotals, priceWeightPercent);
        if (m.total <= 0) return List.of();
        int base = m.leader(m.base);
        List<SectionThreshold> out = new ArrayList<>();
        for (int k = 0; k < m.sectionIds.length; k++) {
            double w0 = m.base[k];
            boolean alone = m.sectionIds.length == 1; // its weight is always 100 % once normalised
            double[] up = alone ? null : search(m, k, base, w0, 1);
            double[] down = alone ? null : search(m, k, base, w0, -1);
            double[] best = up == null ? down : down == null ? up : (up[0] - w0 <= w0 - down[0] ? up : down);
            String leader = m.names[base];
            out.add(best == null ? new SectionThreshold(m.sectionIds[k], w0, leader, true, null, null)
                    : new SectionThreshold(m.sectionIds[k], w0, leader, false, best[0], m.names[(int) best[1]]));
        }
        return out;
    }

    /** {threshold, new leader index} of the first change going in {@code dir}, or null. */
    private static double[] search(Model m, int k, int base, double w0, int dir) {
        double prev = w0;
        int steps = (int) Math.ceil((dir > 0 ? 1 - w0 : w0) / SCAN_STEP);
        for (int i = 1; i <= steps; i++) {
            double x = dir > 0 ? Math.min(1, w0 + i * SCAN_STEP) : Math.max(0, w0 - i * SCAN_STEP);
            int leader = m.leader(m.weights(k, x));
            if (leader != base) {
                double same = prev, changed = x;
                while (Math.abs(changed - same) > PRECISION) {
                    double mid = (same + changed) / 2;
                    if (m.leader(m.weights(k, mid)) == base) same = mid; else changed = mid;
                }
                return new double[] {changed, m.leader(m.weights(k, changed))};
            }
            prev = x;
        }
        return null;
    }

    /** Section scores, price scores and current weights of all vendors, for fast re-ranking. */
    private static final class Model {
        final String[] names;
        final String[] sectionIds;
        final Double[][] scores; // vendor x section
        final boolean[] dq;
        final double[] ps;
        final double[] base;
        final double total;
        final double priceWeight;

        Model(List<VendorScore> vendors, Map<String, Double> tco, double priceWeight) {
            this.priceWeight = priceWeight;
            int n = vendors.size();
            List<SectionScore> secs = vendors.get(0).sections();
            int s = secs.size();
            names = new String[n];
            sectionIds = new String[s];
            scores = new Double[n][s];
            dq = new boolean[n];
            Double[] t = new Double[n];
            base = new double[s];
            double sum = 0;
            for (int j = 0; j < s; j++) {
                sectionIds[j] = secs.get(j).id();
                base[j] = secs.get(j).weight();
                sum += base[j];
            }
            total = sum;
            if (sum > 0) for (int j = 0; j < s; j++) base[j] /= sum;
            for (int i = 0; i < n; i++) {
                VendorScore v = vendors.get(i);
                names[i] = v.vendor();
                dq[i] = v.disqualified();
                t[i] = tco == null ? null : tco.get(v.vendor());
                if (t[i] != null && !Double.isFinite(t[i])) t[i] = null;
                for (int j = 0; j < s; j++) scores[i][j] = v.sections().get(j).score();
            }
            ps = Ranking.priceScores(t, dq, PriceFormula.LOWEST_OVER_PRICE);
        }

        double[] weights(int k, double x) {
            double[] w = new double[base.length];
            double rest = 1 - base[k];
            for (int j = 0; j < w.length; j++) {
                if (j == k) w[j] = x;
                else if (rest > 1e-15) w[j] = base[j] * (1 - x) / rest;
                else w[j] = (1 - x) / (w.length - 1);
            }
            return w;
        }

        int leader(double[] w) {
            double[] q = new double[names.length];
            for (int i = 0; i < q.length; i++) {
                double num = 0, den = 0;
                for (int j = 0; j < w.length; j++) {
                    if (scores[i][j] == null) continue;
                    num += w[j] * scores[i][j];
                    den += w[j];
                }
                q[i] = den > 0 ? num / den : 0;
            }
            return Ranking.order(names, q, Ranking.combined(q, ps, priceWeight), dq)[0];
        }
    }
}
