package org.vendorbench.domain.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Section;

/**
 * Section scores and quality from already computed question and KPI points (scoring-and-tco.md §3).
 * Kept apart from the per-question scoring so that a weight change only re-aggregates.
 */
final class Aggregation {
    private Aggregation() {}

    /**
     * Section weights after overrides, in RFP section order.
     *
     * @param sectionKeys    folded section IDs, index-aligned with {@code sections}
     * @param foldedOverride overrides keyed by folded section ID (see {@link #foldKeys})
     */
    static double[] sectionWeights(List<Section> sections, String[] sectionKeys, Map<String, Double> foldedOverride) {
        double[] w = new double[sections.size()];
        for (int i = 0; i < w.length; i++) {
            Double o = foldedOverride.isEmpty() ? null : foldedOverride.get(sectionKeys[i]);
            w[i] = o != null ? o : sections.get(i).weight();
        }
        return w;
    }

    static Map<String, Double> foldKeys(Map<String, Double> m) {
        if (m == null || m.isEmpty()) return Map.of();
        Map<String, Double> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException("weight of " + k + " must be a number >= 0: " + v);
                out.put(Fold.fold(k), v);
            }
        });
        return out;
    }

    /**
     * Scores every section.
     *
     * @param sectionOf for each question (index-aligned with {@code qs}) the index of its section, -1 when none
     */
    static List<SectionScore> sections(List<Section> sections, double[] weights, List<QuestionScore> qs, int[] sectionOf,
                                       List<KpiScore> kpis) {
        double[][] acc = new double[sections.size()][3]; // {Σw·s, Σw, count}
        for (int i = 0; i < qs.size(); i++) {
            QuestionScore q = qs.get(i);
            if (!q.counted() || sectionOf[i] < 0) continue;
            double[] a = acc[sectionOf[i]];
            a[0] += q.weight() * q.points();
            a[1] += q.weight();
            a[2]++;
        }
        List<SectionScore> out = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            double sw = 0, sum = 0;
            int n = 0;
            if (s.isKpiSection()) {
                for (KpiScore k : kpis) {
                    if (!k.counted()) continue;
                    sum += k.weight() * k.points();
                    sw += k.weight();
                    n++;
                }
            } else {
                double[] a = acc[i];
                sum = a[0];
                sw = a[1];
                n = (int) a[2];
            }
            Double score = n > 0 && sw > 0 ? 20 * sum / sw : null;
            out.add(new SectionScore(s.id(), s.name(), weights[i], score, score == null ? 0 : n));
        }
        return out;
    }

    /** Q = Σ Ws·Ss / Σ Ws over sections with a score; 0 when no section has one (or their weights sum to 0). */
    static double quality(List<SectionScore> sections) {
        double num = 0, den = 0;
        for (SectionScore s : sections) {
            if (s.score() == null) continue;
            num += s.weight() * s.score();
            den += s.weight();
        }
        return den > 0 ? num / den : 0;
    }

    /** Incomplete: a counted-weight manual question still unscored, or no section with a score. */
    static boolean incomplete(List<QuestionScore> qs, List<SectionScore> sections) {
        for (QuestionScore q : qs) if (q.points() == null && q.weight() > 0) return true;
        for (SectionScore s : sections) if (s.score() != null) return false;
        return true;
    }
}
