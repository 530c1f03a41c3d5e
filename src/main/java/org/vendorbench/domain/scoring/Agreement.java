package org.vendorbench.domain.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;

/**
 * How far the evaluators agree.
 *
 * <p>Per vendor: the largest spread (max − min) over its manual questions and how many are
 * flagged (spread ≥ 2).
 *
 * <p>Across vendors: Kendall's coefficient of concordance W (Kendall and Babington Smith, 1939).
 * Each evaluator ranks the vendors by the mean of the manual scores that evaluator gave the vendor
 * (rank 1 = highest mean; ties get the average of their ranks). With m evaluators, n vendors, R_i
 * the rank sum of vendor i and T_j = Σ (t³ − t) over evaluator j's groups of t tied vendors:
 * <pre>W = 12·Σ(R_i − m(n+1)/2)² / (m²(n³ − n) − m·Σ T_j)</pre>
 * W is 1 when every evaluator orders the vendors alike and near 0 when there is no agreement.
 * Only evaluators who scored every vendor that anyone scored take part (W needs complete
 * rankings). W is null with fewer than 2 such evaluators or fewer than 2 vendors, or when every
 * evaluator ties every vendor (the formula is 0/0).
 */
public final class Agreement {
    private Agreement() {}

    public record VendorAgreement(String vendor, double maxSpread, int flagged) {}

    /**
     * @param w          Kendall's W (0..1), or null when undefined
     * @param evaluators the evaluators taken into account (as first written)
     * @param vendors    the vendors ranked (as first written)
     */
    public record Concordance(Double w, List<String> evaluators, List<String> vendors) {
        public Concordance {
            evaluators = List.copyOf(evaluators);
            vendors = List.copyOf(vendors);
        }
    }

    public static VendorAgreement of(VendorScore v) {
        double max = 0;
        for (QuestionScore q : v.questions()) if (q.manual() && q.reason() == null) max = Math.max(max, q.evaluatorSpread());
        return new VendorAgreement(v.vendor(), max, v.spreads().size());
    }

    /** Kendall's W over the scores of the RFP's manual questions only. */
    public static Concordance kendallW(Rfp rfp, List<EvaluatorScore> scores) {
        Set<String> manual = rfp.questions().stream().filter(Question::isManual)
                .map(q -> Fold.fold(q.id())).collect(Collectors.toSet());
        return kendallW(scores.stream().filter(s -> manual.contains(Fold.fold(s.questionId()))).toList());
    }

    /** Kendall's W over all given scores (filter to manual questions first, see {@link #kendallW(Rfp, List)}). */
    public static Concordance kendallW(List<EvaluatorScore> scores) {
        Map<String, String> evaluatorNames = new LinkedHashMap<>();
        Map<String, String> vendorNames = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>(); // evaluator -> vendor -> {sum, n}
        for (EvaluatorScore s : scores) {
            String e = Fold.fold(s.evaluator()), v = Fold.fold(s.vendor());
            evaluatorNames.putIfAbsent(e, s.evaluator());
            vendorNames.putIfAbsent(v, s.vendor());
            double[] acc = sums.computeIfAbsent(e, k -> new LinkedHashMap<>()).computeIfAbsent(v, k -> new double[2]);
            acc[0] += s.score();
            acc[1]++;
        }
        List<String> vendors = new ArrayList<>(vendorNames.keySet());
        List<String> evaluators = sums.keySet().stream().filter(e -> sums.get(e).keySet().containsAll(vendors)).toList();
        List<String> shownE = evaluators.stream().map(evaluatorNames::get).toList();
        List<String> shownV = vendors.stream().map(vendorNames::get).toList();
        if (evaluators.size() < 2 || vendors.size() < 2) return new Concordance(null, shownE, shownV);
        double[][] ranks = new double[evaluators.size()][];
        for (int j = 0; j < evaluators.size(); j++) {
            Map<String, double[]> byVendor = sums.get(evaluators.get(j));
            double[] means = new double[vendors.size()];
            for (int i = 0; i < means.length; i++) {
                double[] acc = byVendor.get(vendors.get(i));
                means[i] = -acc[0] / acc[1]; // negated: rank 1 = highest mean
            }
            ranks[j] = averageRanks(means);
        }
        return new Concordance(kendallW(ranks), shownE, shownV);
    }

    /**
     * W from a complete rank table: {@code ranks[j][i]} is evaluator j's rank of object i (ties as
     * average ranks). Null when undefined (m &lt; 2, n &lt; 2, or all ties).
     */
    public static Double kendallW(double[][] ranks) {
        int m = ranks.length;
        if (m < 2) return null;
        int n = ranks[0].length;
        if (n < 2) return null;
        double[] r = new double[n];
        double ties = 0;
        for (double[] row : ranks) {
            if (row.length != n) throw new IllegalArgumentException("rank rows differ in length");
            for (int i = 0; i < n; i++) r[i] += row[i];
            ties += tieTerm(row);
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double ri : r) s += (ri - mean) * (ri - mean);
        double den = (double) m * m * ((double) n * n * n - n) - m * ties;
        if (den <= 0) return null;
        return 12 * s / den;
    }

    /** Ranks 1..n in ascending order of value; tied values share the average of their ranks. */
    static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[idx[j + 1]] == values[idx[i]]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) ranks[idx[k]] = avg;
            i = j + 1;
        }
        return ranks;
    }

    /** Σ (t³ − t) over groups of equal ranks in one evaluator's row. */
    static double tieTerm(double[] row) {
        double[] sorted = row.clone();
        Arrays.sort(sorted);
        double t = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) j++;
            double size = j - i + 1;
            t += size * size * size - size;
            i = j + 1;
        }
        return t;
    }
}
