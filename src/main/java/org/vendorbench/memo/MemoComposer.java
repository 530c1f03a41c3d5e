package org.vendorbench.memo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.Evaluation.VendorEvaluation;
import org.vendorbench.domain.scoring.KnockoutFinding;
import org.vendorbench.domain.scoring.QuestionScore;
import org.vendorbench.domain.scoring.Sensitivity;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.domain.tco.Tornado;
import org.vendorbench.domain.tco.VendorUncertainty;

/**
 * Turns an {@link Evaluation} into the decision memo's {@link MemoSpec}: cover recommendation,
 * executive summary, ranking, sensitivity, TCO, KPI contract terms and (optionally) the per-vendor
 * answer appendix. Pure composition: every figure comes from the evaluation, nothing is recomputed,
 * so the memo always agrees with {@code evaluate}.
 */
public final class MemoComposer {

    /** Memo options; {@code date}/{@code createdAt} must be derived from the inputs for determinism. */
    public record Options(String preparedBy, boolean finalStatus, LocalDate date, Instant createdAt,
                          boolean appendix, String fingerprint, String checklistNote) {}

    private MemoComposer() {}

    /** Composes the memo for an evaluation. */
    public static MemoSpec compose(Evaluation ev, Options o) {
        Rfp rfp = ev.rfp();
        List<MemoBlock> b = new ArrayList<>();
        Optional<VendorEvaluation> winner = ev.winner();
        String recommendation = recommendation(ev);

        // the cover is page 1 (drawn by the renderer); the summary always starts on page 2
        b.add(new MemoBlock.Heading(1, "Executive summary", true));
        b.add(new MemoBlock.Para(recommendation, true));
        List<VendorEvaluation> ranked = ev.ranking();
        List<VendorEvaluation> qualified = ranked.stream().filter(v -> !v.ranked().disqualified()).toList();
        if (qualified.size() > 1) {
            VendorEvaluation r = qualified.get(1);
            b.add(new MemoBlock.Para("Runner-up: " + r.vendor() + " (combined " + f1(r.ranked().combined())
                    + ", quality " + f1(r.ranked().quality()) + ", TCO " + money(r.ranked().tco()) + ")."));
        }
        List<String> dq = new ArrayList<>();
        for (VendorEvaluation v : ranked) {
            if (!v.ranked().disqualified()) continue;
            List<String> msgs = v.score().knockouts().stream().map(KnockoutFinding::message).toList();
            List<String> reasons = new ArrayList<>(msgs);
            if (reasons.isEmpty()) reasons.addAll(v.score().mandatoryGaps().stream().map(g -> "mandatory gap " + g).toList());
            dq.add(v.vendor() + ": " + (reasons.isEmpty() ? "disqualified" : String.join("; ", reasons)));
        }
        if (!dq.isEmpty()) {
            b.add(new MemoBlock.Heading(2, "Disqualified vendors"));
            b.add(new MemoBlock.Bullets(dq));
        }
        b.add(new MemoBlock.Heading(2, "Headline figures"));
        b.add(rankingTable(ranked.subList(0, Math.min(5, ranked.size())), "Headline figures (top vendors)"));
        b.add(new MemoBlock.Heading(2, "Key risks"));
        b.add(new MemoBlock.Bullets(risks(ev)));
        b.add(new MemoBlock.Heading(2, "Checklist"));
        b.add(new MemoBlock.Para(o.checklistNote() == null ? "Checklist: not tracked (memo made from files, not a workspace)."
                : o.checklistNote()));

        // Ranking
        b.add(new MemoBlock.Heading(1, "Ranking", true));
        b.add(rankingTable(ranked, "Ranking of all vendors"));
        List<String> names = ranked.stream().map(VendorEvaluation::vendor).toList();
        b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.HORIZONTAL_BAR, "Combined score", "Vendor", "Score (0-100)",
                names, List.of(new ChartSpec.Series("Combined", ranked.stream().mapToDouble(v -> v.ranked().combined()).toArray())),
                "Bar chart of the combined score per vendor, in rank order"), 200f));
        List<String> secNames = rfp.sections().stream().map(Section::id).toList();
        List<ChartSpec.Series> secSeries = new ArrayList<>();
        for (VendorEvaluation v : qualified.subList(0, Math.min(6, qualified.size()))) {
            double[] vals = rfp.sections().stream().mapToDouble(s -> v.score().sectionScores().getOrDefault(s.id(), 0.0)).toArray();
            secSeries.add(new ChartSpec.Series(v.vendor(), vals));
        }
        if (!secSeries.isEmpty()) {
            b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.BAR, "Quality by section", "Section", "Score (0-100)",
                    secNames, secSeries, "Grouped bar chart of section scores per vendor (sections by ID)"), 220f));
        }
        b.add(new MemoBlock.Heading(2, "Weight sensitivity"));
        List<List<String>> sens = new ArrayList<>();
        for (Sensitivity.SectionThreshold t : ev.sectionSensitivity()) {
            sens.add(List.of(t.sectionId() + " " + sectionName(rfp, t.sectionId()), pct(t.currentWeight()),
                    t.stable() || t.thresholdWeight() == null ? "-" : pct(t.thresholdWeight()),
                    t.stable() ? "stable across 0-100%" : String.valueOf(t.newLeader())));
        }
        b.add(new MemoBlock.Table("Weight sensitivity per section", List.of("Section", "Weight", "Threshold", "New leader"),
                new float[] {3, 1, 1, 2}, new boolean[] {false, true, true, false}, sens));

        // TCO
        b.add(new MemoBlock.Heading(1, "Total cost of ownership", true));
        List<VendorEvaluation> priced = ranked.stream().filter(v -> v.tco().isPresent()).toList();
        if (!priced.isEmpty()) {
            List<String> pn = priced.stream().map(VendorEvaluation::vendor).toList();
            String[] comp = {"Fees", "Onboarding", "Retraining", "Patient impact", "Governance", "Expected exit"};
            List<ChartSpec.Series> cs = new ArrayList<>();
            for (int c = 0; c < comp.length; c++) {
                final int ci = c;
                cs.add(new ChartSpec.Series(comp[c], priced.stream().mapToDouble(v -> component(v.tco().result(), ci) / 1e6).toArray()));
            }
            b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.STACKED_BAR, "TCO components (" + rfp.currency() + " millions)",
                    "Vendor", "Millions", pn, cs, "Stacked bars of the TCO components per vendor"), 220f));
            int months = priced.get(0).tco().result().cumulative().size();
            List<String> ms = new ArrayList<>();
            for (int m = 1; m <= months; m++) ms.add(String.valueOf(m));
            List<ChartSpec.Series> ls = new ArrayList<>();
            for (VendorEvaluation v : priced.subList(0, Math.min(6, priced.size()))) {
                List<Double> cum = v.tco().result().cumulative();
                if (cum.size() != months) continue;
                ls.add(new ChartSpec.Series(v.vendor(), cum.stream().mapToDouble(d -> d / 1e6).toArray()));
            }
            b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.LINE, "Cumulative cost", "Month", "Millions", ms, ls,
                    "Cumulative cost curves per vendor over the contract term"), 220f));
            List<List<String>> rt = new ArrayList<>();
            List<VendorEvaluation> byFee = priced.stream().sorted((a, c) -> Double.compare(a.tco().result().firstMonthFee(),
                    c.tco().result().firstMonthFee())).toList();
            List<VendorEvaluation> byTco = priced.stream().sorted((a, c) -> Double.compare(a.tco().result().total(),
                    c.tco().result().total())).toList();
            for (VendorEvaluation v : priced) {
                TcoResult r = v.tco().result();
                rt.add(List.of(v.vendor(), money(r.firstMonthFee()), String.valueOf(byFee.indexOf(v) + 1), money(r.total()),
                        String.valueOf(byTco.indexOf(v) + 1)));
            }
            b.add(new MemoBlock.Table("Monthly rate vs TCO", List.of("Vendor", "First-month fee", "Fee rank", "TCO", "TCO rank"),
                    new float[] {3, 2, 1, 2, 1}, new boolean[] {false, true, true, true, true}, rt));
        }
        for (VendorEvaluation v : ranked) {
            if (!v.tco().isPresent()) b.add(new MemoBlock.Para(v.vendor() + ": no TCO (" + v.tco().reason() + ")."));
        }
        ev.uncertainty().ifPresent(u -> {
            List<List<String>> rows = new ArrayList<>();
            for (VendorUncertainty vu : u.vendors()) {
                rows.add(List.of(vu.vendor(), money(vu.p10()), money(vu.p50()), money(vu.p90()), f1(vu.shareCheapest() * 100) + "%"));
            }
            b.add(new MemoBlock.Table("TCO uncertainty (" + u.runs() + " runs, seed " + u.seed() + ")",
                    List.of("Vendor", "P10", "P50", "P90", "Cheapest"), new float[] {3, 2, 2, 2, 1},
                    new boolean[] {false, true, true, true, true}, rows));
        });
        List<Tornado.Bar> tornado = ev.tornado();
        if (!tornado.isEmpty()) {
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
        List<String> staffing = new ArrayList<>();
        for (VendorEvaluation v : ranked) {
            if (v.staffing() != null) staffing.add(v.vendor() + (v.staffing().flagged() ? " (FLAGGED): " : ": ") + v.staffing().explanation());
        }
        if (!staffing.isEmpty()) {
            b.add(new MemoBlock.Heading(2, "Staffing feasibility (Erlang C)"));
            b.add(new MemoBlock.Bullets(staffing));
        }

        // KPI terms
        winner.ifPresent(w -> {
            b.add(new MemoBlock.Heading(1, "KPI contract terms: " + w.vendor(), true));
            List<List<String>> rows = new ArrayList<>();
            for (Kpi k : rfp.kpis()) {
                String commit = w.response().kpi(k.id()).map(MemoComposer::commitment).orElse("(none)");
                rows.add(List.of(k.id(), k.name(), num(k.target()), k.remediationThreshold() == null ? "-" : num(k.remediationThreshold()),
                        num(k.exitThreshold()), commit));
            }
            b.add(new MemoBlock.Table("KPI contract terms", List.of("ID", "KPI", "Target", "Remediation", "Exit", "Commitment"),
                    new float[] {1, 4, 1.3f, 1.3f, 1.3f, 1.6f}, new boolean[] {false, false, true, true, true, true}, rows));
        });

        if (o.appendix()) appendix(ev, o, b);
        String status = o.finalStatus() ? "FINAL" : "DRAFT";
        return new MemoSpec(rfp.title(), rfp.organization(), o.date(), o.preparedBy(), o.finalStatus(), recommendation,
                rfp.title() + " - decision memo (" + status + ")", o.fingerprint(), o.createdAt(), "en-US", b);
    }

    private static void appendix(Evaluation ev, Options o, List<MemoBlock> b) {
        Rfp rfp = ev.rfp();
        b.add(new MemoBlock.Heading(1, "Appendix: answers per vendor", true));
        for (VendorEvaluation v : ev.ranking()) {
            b.add(new MemoBlock.Heading(2, v.vendor()));
            List<List<String>> rows = new ArrayList<>();
            for (Question q : rfp.questions()) {
                QuestionScore qs = v.score().question(q.id());
                String answer = v.response().answer(q.id()).map(a -> String.valueOf(a.raw())).orElse("");
                rows.add(List.of(q.id(), clip(q.requirement(), 160), clip(answer, 160),
                        qs == null || qs.points() == null ? "-" : f1(qs.points()),
                        qs == null || qs.explanation() == null ? "" : clip(qs.explanation(), 160)));
            }
            b.add(new MemoBlock.Table("Answers of " + v.vendor(), List.of("ID", "Question", "Answer", "Points", "Rule"),
                    new float[] {1, 4, 3, 1, 3}, new boolean[] {false, false, false, true, false}, rows));
        }
        b.add(new MemoBlock.Heading(1, "Appendix: method", true));
        b.add(new MemoBlock.KeyValues(List.of(
                new String[] {"TCO model", TcoModel.MODEL},
                new String[] {"Term", rfp.termMonths() + " months"},
                new String[] {"Price weight", f1(rfp.priceWeight() * (rfp.priceWeight() <= 1 ? 100 : 1)) + "%"},
                new String[] {"Combined score", "quality x (1 - price weight) + price score x price weight"},
                new String[] {"AHP random index", "n=3 0.58, 4 0.90, 5 1.12, 6 1.24, 7 1.32, 8 1.41, 9 1.45, 10 1.49"},
                new String[] {"Input fingerprint (SHA-256)", String.valueOf(o.fingerprint())})));
    }

    /** The one-sentence recommendation shown on the cover. */
    public static String recommendation(Evaluation ev) {
        Optional<VendorEvaluation> w = ev.winner();
        if (w.isEmpty()) return "No recommendation: no vendor qualifies.";
        VendorEvaluation v = w.get();
        return "Recommend " + v.vendor() + ": highest combined score " + f1(v.ranked().combined()) + " (quality "
                + f1(v.ranked().quality()) + ", " + ev.rfp().termMonths() + "-month TCO " + money(v.ranked().tco()) + ")";
    }

    private static List<String> risks(Evaluation ev) {
        List<String> r = new ArrayList<>();
        for (VendorEvaluation v : ev.ranking()) {
            if (v.staffing() != null && v.staffing().flagged()) r.add("Staffing: " + v.vendor() + " - " + v.staffing().explanation());
        }
        for (Sensitivity.SectionThreshold t : ev.sectionSensitivity()) {
            if (!t.stable() && t.thresholdWeight() != null) {
                r.add("Winner changes to " + t.newLeader() + " if the weight of " + sectionName(ev.rfp(), t.sectionId())
                        + " moves from " + pct(t.currentWeight()) + " to " + pct(t.thresholdWeight()) + ".");
            }
        }
        if (ev.priceFormulaSensitivity().leaderDependsOnFormula()) r.add("The leader depends on the price formula.");
        ev.winner().ifPresent(w -> {
            w.score().spreads().forEach(s -> r.add("Evaluator spread on " + s.id() + ": " + f1(s.min()) + "-" + f1(s.max())));
            if (w.tco().isPresent() && !w.tco().result().defaultedKpis().isEmpty()) {
                r.add("KPIs defaulted for " + w.vendor() + ": " + String.join(", ", w.tco().result().defaultedKpis()));
            }
            ev.uncertainty().flatMap(u -> u.vendors().stream().filter(x -> x.vendor().equals(w.vendor())).findFirst())
                    .ifPresent(x -> r.add("P90 TCO of " + w.vendor() + ": " + money(x.p90())));
        });
        if (r.isEmpty()) r.add("No material risks found.");
        return r;
    }

    private static MemoBlock.Table rankingTable(List<VendorEvaluation> vs, String caption) {
        List<List<String>> rows = new ArrayList<>();
        for (VendorEvaluation v : vs) {
            rows.add(List.of(v.ranked().disqualified() ? "DQ" : String.valueOf(v.ranked().rank()), v.vendor(),
                    f1(v.ranked().quality()), money(v.ranked().tco()),
                    v.tco().isPresent() ? money(v.tco().result().firstMonthFee()) : "-", f1(v.ranked().combined())));
        }
        return new MemoBlock.Table(caption, List.of("Rank", "Vendor", "Quality", "TCO", "First-month fee", "Combined"),
                new float[] {0.8f, 3, 1.2f, 1.6f, 1.8f, 1.2f}, new boolean[] {true, false, true, true, true, true}, rows);
    }

    private static double component(TcoResult r, int i) {
        return switch (i) {
            case 0 -> r.fees();
            case 1 -> r.onboarding();
            case 2 -> r.retraining();
            case 3 -> r.patientImpact();
            case 4 -> r.governance();
            default -> r.expectedExit();
        };
    }

    private static String commitment(KpiCommitment c) {
        return c.value() != null ? num(c.value()) : (c.raw() == null ? "(none)" : c.raw());
    }

    private static String sectionName(Rfp rfp, String id) {
        return rfp.sections().stream().filter(s -> s.id().equals(id)).map(Section::name).findFirst().orElse(id);
    }

    static String f1(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** A weight as a percentage (fractions 0-1 are scaled). */
    static String pct(double w) {
        return f1(w <= 1 ? w * 100 : w) + "%";
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    /** Money in the memo's compact form: $4.36M, $812K. */
    static String money(Double d) {
        if (d == null) return "-";
        double a = Math.abs(d);
        if (a >= 1e6) return String.format(Locale.ROOT, "$%.2fM", d / 1e6);
        if (a >= 1e3) return String.format(Locale.ROOT, "$%.1fK", d / 1e3);
        return String.format(Locale.ROOT, "$%.0f", d);
    }

    private static String clip(String s, int n) {
        if (s == null) return "";
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    /** SHA-256 hex of a canonical text serialisation of the inputs. */
    public static String fingerprint(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The memo date for a creation instant (UTC). */
    public static LocalDate dateOf(Instant createdAt) {
        return createdAt.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
