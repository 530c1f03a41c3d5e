package org.vendorbench.memo;

import static org.vendorbench.memo.MemoFormat.f1;
import static org.vendorbench.memo.MemoFormat.money;
import static org.vendorbench.memo.MemoFormat.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.Evaluation.VendorEvaluation;
import org.vendorbench.domain.tco.Crossover;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.domain.tco.Tornado;
import org.vendorbench.domain.tco.VendorUncertainty;

/**
 * Chapter 4, total cost of ownership: components per vendor, cumulative cost curves with the
 * crossover months stated in words, "monthly rate vs TCO" ranks, the P10/P50/P90 band when the
 * uncertainty was run, the tornado of the biggest assumptions and staffing feasibility.
 */
final class TcoChapter {
    /** Vendors drawn in the curve chart (and whose crossovers are stated). */
    static final int CURVES = 6;
    /** Crossover sentences stated before "and N more". */
    static final int CROSSOVER_LINES = 8;

    private TcoChapter() {}

    static void chapter(Evaluation ev, List<MemoBlock> b) {
        String currency = ev.rfp().currency();
        b.add(new MemoBlock.Heading(1, "Total cost of ownership", true));
        List<VendorEvaluation> ranked = ev.ranking();
        List<VendorEvaluation> priced = ranked.stream().filter(v -> v.tco().isPresent()).toList();
        if (!priced.isEmpty()) {
            components(priced, currency, b);
            curves(ev, priced, b);
            rateVsTco(priced, b);
        }
        for (VendorEvaluation v : ranked) {
            if (!v.tco().isPresent()) b.add(new MemoBlock.Para(v.vendor() + ": no TCO (" + v.tco().reason() + ")."));
        }
        uncertainty(ev, b);
        tornado(ev, b);
        List<String> staffing = new ArrayList<>();
        for (VendorEvaluation v : ranked) {
            if (v.staffing() != null) staffing.add(v.vendor() + (v.staffing().flagged() ? " (FLAGGED): " : ": ") + v.staffing().explanation());
        }
        if (!staffing.isEmpty()) {
            b.add(new MemoBlock.Heading(2, "Staffing feasibility (Erlang C)"));
            b.add(new MemoBlock.Bullets(staffing));
        }
    }

    private static void components(List<VendorEvaluation> priced, String currency, List<MemoBlock> b) {
        List<String> names = priced.stream().map(VendorEvaluation::vendor).toList();
        String[] comp = {"Fees", "Onboarding", "Retraining", "Patient impact", "Governance", "Expected exit"};
        List<ChartSpec.Series> cs = new ArrayList<>();
        for (int c = 0; c < comp.length; c++) {
            final int ci = c;
            cs.add(new ChartSpec.Series(comp[c], priced.stream().mapToDouble(v -> component(v.tco().result(), ci) / 1e6).toArray()));
        }
        b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.STACKED_BAR, "TCO components (" + currency + " millions)",
                "Vendor", "Millions", names, cs, "Stacked bars of the TCO components per vendor"), 220f));
    }

    private static void curves(Evaluation ev, List<VendorEvaluation> priced, List<MemoBlock> b) {
        int months = priced.get(0).tco().result().cumulative().size();
        List<String> ms = new ArrayList<>();
        for (int m = 1; m <= months; m++) ms.add(String.valueOf(m));
        List<ChartSpec.Series> ls = new ArrayList<>();
        List<TcoResult> shown = new ArrayList<>();
        for (VendorEvaluation v : priced.subList(0, Math.min(CURVES, priced.size()))) {
            TcoResult r = v.tco().result();
            if (r.cumulative().size() != months) continue;
            shown.add(r);
            ls.add(new ChartSpec.Series(v.vendor(), r.cumulative().stream().mapToDouble(d -> d / 1e6).toArray()));
        }
        b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.LINE, "Cumulative cost", "Month", "Millions", ms, ls,
                "Cumulative cost curves per vendor over the contract term"), 220f));
        List<Crossover> cross = Crossover.among(shown);
        if (cross.isEmpty()) {
            b.add(new MemoBlock.Para("Crossovers: none. The curves do not cross: the vendor cheapest in month 1 stays"
                    + " cheapest over the whole " + months + "-month term" + (shown.size() < priced.size()
                    ? " (among the " + shown.size() + " vendors drawn)." : ".")));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Crossover c : cross.subList(0, Math.min(CROSSOVER_LINES, cross.size()))) lines.add(c.sentence());
        if (cross.size() > CROSSOVER_LINES) lines.add("and " + (cross.size() - CROSSOVER_LINES) + " more crossovers");
        b.add(new MemoBlock.Para("Crossovers of the cumulative curves (when one vendor becomes cheaper than another over"
                + " the term so far):"));
        b.add(new MemoBlock.Bullets(lines));
    }

    private static void rateVsTco(List<VendorEvaluation> priced, List<MemoBlock> b) {
        List<VendorEvaluation> byFee = priced.stream()
                .sorted(Comparator.comparingDouble(v -> v.tco().result().firstMonthFee())).toList();
        List<VendorEvaluation> byTco = priced.stream()
                .sorted(Comparator.comparingDouble(v -> v.tco().result().total())).toList();
        List<List<String>> rt = new ArrayList<>();
        for (VendorEvaluation v : byTco) {
            TcoResult r = v.tco().result();
            int feeRank = byFee.indexOf(v) + 1, tcoRank = byTco.indexOf(v) + 1;
            String shift = feeRank == tcoRank ? "same" : feeRank < tcoRank ? "worse by " + (tcoRank - feeRank)
                    : "better by " + (feeRank - tcoRank);
            rt.add(List.of(v.vendor(), money(r.firstMonthFee()), String.valueOf(feeRank), money(r.total()),
                    String.valueOf(tcoRank), shift));
        }
        b.add(new MemoBlock.Heading(2, "Monthly rate vs TCO"));
        if (byFee.get(0) != byTco.get(0)) {
            b.add(new MemoBlock.Para("The lowest monthly rate (" + byFee.get(0).vendor() + ", "
                    + money(byFee.get(0).tco().result().firstMonthFee()) + " in month 1) is not the lowest TCO ("
                    + byTco.get(0).vendor() + ", " + money(byTco.get(0).tco().result().total()) + ")."));
        }
        b.add(new MemoBlock.Table("Rank by monthly rate vs rank by TCO", List.of("Vendor", "First-month fee", "Fee rank", "TCO",
                "TCO rank", "TCO rank vs fee rank"), new float[] {3, 1.8f, 1, 1.8f, 1, 1.6f},
                new boolean[] {false, true, true, true, true, false}, rt));
    }

    private static void uncertainty(Evaluation ev, List<MemoBlock> b) {
        ev.uncertainty().ifPresent(u -> {
            b.add(new MemoBlock.Heading(2, "Uncertainty"));
            List<List<String>> rows = new ArrayList<>();
            List<String> cats = new ArrayList<>();
            List<double[]> bands = new ArrayList<>();
            for (VendorUncertainty vu : u.vendors()) {
                rows.add(List.of(vu.vendor(), money(vu.p10()), money(vu.p50()), money(vu.p90()), f1(vu.shareCheapest() * 100) + "%",
                        f1(vu.shareFirst() * 100) + "%"));
                if (vu.p10() != null && vu.p50() != null && vu.p90() != null) {
                    cats.add(vu.vendor());
                    bands.add(new double[] {vu.p10() / 1e6, vu.p50() / 1e6, vu.p90() / 1e6});
                }
            }
            b.add(new MemoBlock.Table("TCO uncertainty (" + u.runs() + " runs, seed " + u.seed() + ")",
                    List.of("Vendor", "P10", "P50", "P90", "Cheapest", "Ranked first"), new float[] {3, 2, 2, 2, 1.3f, 1.3f},
                    new boolean[] {false, true, true, true, true, true}, rows));
            if (!cats.isEmpty()) {
                List<ChartSpec.Series> s = new ArrayList<>();
                String[] names = {"P10", "P50", "P90"};
                for (int k = 0; k < 3; k++) {
                    final int kk = k;
                    s.add(new ChartSpec.Series(names[k], bands.stream().mapToDouble(x -> x[kk]).toArray()));
                }
                StringBuilder alt = new StringBuilder("Range bars of the TCO per vendor from P10 to P90, split at P50 (millions):");
                for (int i = 0; i < cats.size(); i++) {
                    double[] x = bands.get(i);
                    alt.append(' ').append(cats.get(i)).append(' ').append(f2(x[0])).append('/').append(f2(x[1])).append('/')
                            .append(f2(x[2])).append(i + 1 < cats.size() ? ";" : ".");
                }
                b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.BAND, "TCO P10 / P50 / P90 (" + ev.rfp().currency()
                        + " millions)", "Vendor", "Millions", cats, s, alt.toString()), Math.max(140f, 40f + 22f * cats.size())));
            }
        });
    }

    private static String f2(double d) {
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }

    private static void tornado(Evaluation ev, List<MemoBlock> b) {
        List<Tornado.Bar> tornado = ev.tornado();
        if (tornado.isEmpty()) return;
        List<Tornado.Bar> top = tornado.subList(0, Math.min(6, tornado.size()));
        List<List<String>> rows = new ArrayList<>();
        for (Tornado.Bar t : top) rows.add(List.of(t.label(), num(t.low()), num(t.value()), num(t.high()), money(t.maxSwing())));
        b.add(new MemoBlock.Table("Biggest assumptions (tornado, top 6)", List.of("Assumption", "Low", "Value", "High", "Max TCO swing"),
                new float[] {4, 1, 1, 1, 2}, new boolean[] {false, true, true, true, true}, rows));
        b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.HORIZONTAL_BAR, "Max TCO swing per assumption", "Assumption",
                "Millions", top.stream().map(Tornado.Bar::label).toList(),
                List.of(new ChartSpec.Series("Swing", top.stream().mapToDouble(t -> t.maxSwing() / 1e6).toArray())),
                "Tornado: largest TCO swing per assumption"), 180f));
    }

    static double component(TcoResult r, int i) {
        return switch (i) {
            case 0 -> r.fees();
            case 1 -> r.onboarding();
            case 2 -> r.retraining();
            case 3 -> r.patientImpact();
            case 4 -> r.governance();
            default -> r.expectedExit();
        };
    }
}
