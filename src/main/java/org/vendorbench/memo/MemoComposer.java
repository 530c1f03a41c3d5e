package org.vendorbench.memo;

import static org.vendorbench.memo.MemoFormat.f1;
import static org.vendorbench.memo.MemoFormat.pct;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.Evaluation.VendorEvaluation;
import org.vendorbench.domain.scoring.KnockoutFinding;
import org.vendorbench.domain.scoring.Sensitivity;

/**
 * Turns an {@link Evaluation} (and the {@link MemoFacts} around it) into the decision memo's
 * {@link MemoSpec}, in the order of issue 7: cover recommendation; executive summary on page 2
 * (one page); ranking and sensitivity; TCO ({@link TcoChapter}); KPI terms and governance cadence
 * ({@link ContractChapter}); checklist ({@link ChecklistChapter}); appendix ({@link AppendixChapter}).
 * Pure composition: every figure comes from the evaluation, nothing is recomputed, so the memo
 * always agrees with {@code evaluate}.
 */
public final class MemoComposer {
    /** Disqualified vendors and risks named in the summary before "and N more" (keeps it to one page). */
    static final int SUMMARY_LIST = 4;

    /**
     * Memo options; {@code date}/{@code createdAt} must be derived from the inputs for determinism.
     * {@code fingerprint} is the content hash printed in the footer; {@code checklistNote} is kept
     * for callers without {@link MemoFacts} (shown when there are no facts).
     */
    public record Options(String preparedBy, boolean finalStatus, LocalDate date, Instant createdAt,
                          boolean appendix, String fingerprint, String checklistNote) {}

    private MemoComposer() {}

    /** Composes the memo for an evaluation without checklist, judgements or history. */
    public static MemoSpec compose(Evaluation ev, Options o) {
        return compose(ev, o, MemoFacts.none(o.fingerprint(), "SHA-256 of the inputs the caller named"));
    }

    /** Composes the memo for an evaluation and the facts around it. */
    public static MemoSpec compose(Evaluation ev, Options o, MemoFacts facts) {
        Rfp rfp = ev.rfp();
        List<MemoBlock> b = new ArrayList<>();
        String recommendation = recommendation(ev);
        summary(ev, o, facts, recommendation, b);
        ranking(ev, b);
        TcoChapter.chapter(ev, b);
        ContractChapter.chapter(ev, b);
        if (!facts.checklists().isEmpty()) ChecklistChapter.chapter(ev, facts, b);
        if (o.appendix()) AppendixChapter.chapter(ev, facts, b);
        String status = o.finalStatus() ? "FINAL" : "DRAFT";
        return new MemoSpec(rfp.title(), rfp.organization(), o.date(), o.preparedBy(), o.finalStatus(), recommendation,
                rfp.title() + " - decision memo (" + status + ")", o.fingerprint(), o.createdAt(), "en-US", b);
    }

    private static void summary(Evaluation ev, Options o, MemoFacts facts, String recommendation, List<MemoBlock> b) {
        // the cover is page 1 (drawn by the renderer); the summary always starts on page 2
        b.add(new MemoBlock.Heading(1, "Executive summary", true));
        b.add(new MemoBlock.Para(recommendation, true));
        List<VendorEvaluation> ranked = ev.ranking();
        List<VendorEvaluation> qualified = ranked.stream().filter(v -> !v.ranked().disqualified()).toList();
        ev.winner().ifPresent(w -> b.add(new MemoBlock.Para(why(ev, w, qualified))));
        if (qualified.size() > 1) {
            VendorEvaluation r = qualified.get(1);
            b.add(new MemoBlock.Para("Runner-up: " + r.vendor() + " (combined " + f1(r.ranked().combined())
                    + ", quality " + f1(r.ranked().quality()) + ", TCO " + MemoFormat.money(r.ranked().tco()) + ")."));
        }
        List<String> dq = new ArrayList<>();
        for (VendorEvaluation v : ranked) {
            if (!v.ranked().disqualified()) continue;
            List<String> reasons = new ArrayList<>(v.score().knockouts().stream().map(KnockoutFinding::message).toList());
            if (reasons.isEmpty()) reasons.addAll(v.score().mandatoryGaps().stream().map(g -> "mandatory gap " + g).toList());
            dq.add(v.vendor() + ": " + (reasons.isEmpty() ? "disqualified" : MemoFormat.clip(String.join("; ", reasons), 110)));
        }
        if (!dq.isEmpty()) {
            b.add(new MemoBlock.Heading(2, "Disqualified vendors"));
            b.add(new MemoBlock.Bullets(capped(dq, "disqualified vendors (see Ranking)")));
        }
        b.add(new MemoBlock.Heading(2, "Headline figures"));
        b.add(rankingTable(ranked.subList(0, Math.min(5, ranked.size())), "Headline figures (top vendors, "
                + ev.rfp().termMonths() + "-month TCO)"));
        b.add(new MemoBlock.Heading(2, "Key risks"));
        b.add(new MemoBlock.Bullets(capped(risks(ev), "risks")));
        b.add(new MemoBlock.Heading(2, "Checklist: items that block signing"));
        if (facts.checklists().isEmpty()) {
            b.add(new MemoBlock.Para(o.checklistNote() == null
                    ? "Checklist: not tracked (memo made from files, not a workspace)." : o.checklistNote()));
        } else {
            ChecklistChapter.summary(ev, facts, b);
        }
        b.add(new MemoBlock.Para(provenanceLine(facts)));
    }

    /** Why the winner: its lead over the runner-up and where quality and price put it. */
    private static String why(Evaluation ev, VendorEvaluation w, List<VendorEvaluation> qualified) {
        StringBuilder s = new StringBuilder("Why: ");
        int qRank = 1 + (int) qualified.stream().filter(v -> v.ranked().quality() > w.ranked().quality()).count();
        List<VendorEvaluation> priced = qualified.stream().filter(v -> v.ranked().tco() != null).toList();
        s.append("quality rank ").append(qRank).append(" of ").append(qualified.size()).append(" qualified vendors");
        if (w.ranked().tco() != null) {
            int tRank = 1 + (int) priced.stream().filter(v -> v.ranked().tco() < w.ranked().tco()).count();
            s.append(", TCO rank ").append(tRank).append(" of ").append(priced.size());
        }
        if (qualified.size() > 1) {
            s.append("; combined score ").append(f1(w.ranked().combined() - qualified.get(1).ranked().combined()))
                    .append(" points ahead of the runner-up");
        }
        s.append(" (price weight ").append(pct(ev.rfp().priceWeight())).append(").");
        return s.toString();
    }

    private static String provenanceLine(MemoFacts facts) {
        StringBuilder s = new StringBuilder("Data: ");
        s.append(facts.fromWorkspace() ? "workspace content" : "input files").append(" SHA-256 ")
                .append(MemoFormat.nz(facts.contentHash()));
        if (facts.auditHead() != null) {
            s.append("; audit head entry ").append(facts.auditHead().seq()).append(", hash ").append(facts.auditHead().hash());
        }
        return s.append('.').toString();
    }

    private static List<String> capped(List<String> items, String what) {
        if (items.size() <= SUMMARY_LIST) return items;
        List<String> out = new ArrayList<>(items.subList(0, SUMMARY_LIST));
        out.add("and " + (items.size() - SUMMARY_LIST) + " more " + what);
        return out;
    }

    private static void ranking(Evaluation ev, List<MemoBlock> b) {
        Rfp rfp = ev.rfp();
        List<VendorEvaluation> ranked = ev.ranking();
        List<VendorEvaluation> qualified = ranked.stream().filter(v -> !v.ranked().disqualified()).toList();
        b.add(new MemoBlock.Heading(1, "Ranking", true));
        b.add(rankingTable(ranked, "Ranking of all vendors"));
        List<String> names = ranked.stream().map(VendorEvaluation::vendor).toList();
        b.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.HORIZONTAL_BAR, "Combined score", "Vendor", "Score (0-100)",
                names, List.of(new ChartSpec.Series("Combined", ranked.stream().mapToDouble(v -> v.ranked().combined()).toArray())),
                "Bar chart of the combined score per vendor, in rank order"), Math.max(200f, 60f + 16f * names.size())));
        List<String> secNames = rfp.sections().stream().map(Section::id).toList();
        List<ChartSpec.Series> secSeries = new ArrayList<>();
        for (VendorEvaluation v : qualified.subList(0, Math.min(6, qualified.size()))) {
            double[] vals = rfp.sections().stream().mapToDouble(s -> {
                Double d = v.score().sectionScores().get(s.id());
                return d == null ? 0.0 : d;
            }).toArray();
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
        Sensitivity.PriceFormulaReport pf = ev.priceFormulaSensitivity();
        List<String> formulas = new ArrayList<>();
        for (Sensitivity.PriceFormulaOutcome out : pf.outcomes()) formulas.add(out.formula().label + ": " + out.leader());
        b.add(new MemoBlock.Para("Leader under each price formula" + (pf.leaderDependsOnFormula()
                ? " (the leader depends on the formula):" : " (the same under all three):")));
        b.add(new MemoBlock.Bullets(formulas));
    }

    /** The one-sentence recommendation shown on the cover. */
    public static String recommendation(Evaluation ev) {
        Optional<VendorEvaluation> w = ev.winner();
        if (w.isEmpty()) return "No recommendation: no vendor qualifies.";
        VendorEvaluation v = w.get();
        return "Recommend " + v.vendor() + ": highest combined score " + f1(v.ranked().combined()) + " (quality "
                + f1(v.ranked().quality()) + ", " + ev.rfp().termMonths() + "-month TCO " + MemoFormat.money(v.ranked().tco()) + ")";
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
                    .ifPresent(x -> r.add("P90 TCO of " + w.vendor() + ": " + MemoFormat.money(x.p90())));
        });
        if (r.isEmpty()) r.add("No material risks found.");
        return r;
    }

    private static MemoBlock.Table rankingTable(List<VendorEvaluation> vs, String caption) {
        List<List<String>> rows = new ArrayList<>();
        for (VendorEvaluation v : vs) {
            rows.add(List.of(v.ranked().disqualified() ? "DQ" : String.valueOf(v.ranked().rank()), v.vendor(),
                    f1(v.ranked().quality()), MemoFormat.money(v.ranked().tco()),
                    v.tco().isPresent() ? MemoFormat.money(v.tco().result().firstMonthFee()) : "-", f1(v.ranked().combined())));
        }
        return new MemoBlock.Table(caption, List.of("Rank", "Vendor", "Quality", "TCO", "First-month fee", "Combined"),
                new float[] {0.8f, 3, 1.2f, 1.6f, 1.8f, 1.2f}, new boolean[] {true, false, true, true, true, true}, rows);
    }

    private static String sectionName(Rfp rfp, String id) {
        return rfp.sections().stream().filter(s -> s.id().equals(id)).map(Section::name).findFirst().orElse(id);
    }

    static String num(double d) {
        return MemoFormat.num(d);
    }

    static String money(Double d) {
        return MemoFormat.money(d);
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
