package org.vendorbench.memo;

import static org.vendorbench.memo.MemoFormat.clip;
import static org.vendorbench.memo.MemoFormat.f1;
import static org.vendorbench.memo.MemoFormat.nz;
import static org.vendorbench.memo.MemoFormat.num;
import static org.vendorbench.memo.MemoFormat.pct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.Evaluation.VendorEvaluation;
import org.vendorbench.domain.scoring.Ahp;
import org.vendorbench.domain.scoring.PriceFormula;
import org.vendorbench.domain.scoring.QuestionScore;
import org.vendorbench.domain.scoring.Spread;
import org.vendorbench.domain.tco.TcoAssumptions;
import org.vendorbench.domain.tco.TcoKey;
import org.vendorbench.domain.tco.TcoModel;

/**
 * Chapter 7, the appendix an auditor reads: every answer with its points (one part per vendor,
 * each starting on a new page, so 20 vendors x 400 questions stay navigable through the
 * bookmarks), evaluator spreads and consensus overrides with reasons, assumptions with their
 * overrides (who, old → new), the method, and the provenance (audit head, content hash, evidence
 * hashes).
 */
final class AppendixChapter {
    private AppendixChapter() {}

    static void chapter(Evaluation ev, MemoFacts facts, List<MemoBlock> b) {
        answers(ev, b);
        judgements(ev, facts, b);
        assumptions(ev, facts, b);
        method(ev, b);
        provenance(ev, facts, b);
    }

    /** Answers are cut here in the per-vendor listings (two lines of the listing's type). */
    static final int ANSWER_CHARS = 100;
    /** Requirements are cut here in the question catalogue. */
    static final int REQUIREMENT_CHARS = 140;

    private static final List<MemoBlock.Listing.Column> CATALOGUE = List.of(
            new MemoBlock.Listing.Column("ID", 44, false), new MemoBlock.Listing.Column("Section", 40, false),
            new MemoBlock.Listing.Column("Scoring rule", 128, false), new MemoBlock.Listing.Column("Requirement", 275, false));
    private static final List<MemoBlock.Listing.Column> ANSWERS = List.of(
            new MemoBlock.Listing.Column("ID", 44, false), new MemoBlock.Listing.Column("Answer", 278, false),
            new MemoBlock.Listing.Column("Points", 36, true), new MemoBlock.Listing.Column("Note", 129, false));

    /**
     * Appendix A. The question text and its rule are printed once, in the catalogue; each vendor's part
     * then lists per question only the ID, the answer, the points and a note where the points do not
     * follow from answer and rule alone. Printing the question with every vendor made 20 x 400 answers
     * a 600-page appendix; this way it is about seven pages per vendor.
     */
    private static void answers(Evaluation ev, List<MemoBlock> b) {
        Rfp rfp = ev.rfp();
        b.add(new MemoBlock.Heading(1, "Appendix A: answers per vendor", true));
        b.add(new MemoBlock.Para("The question catalogue lists every RFP question once: its ID, section, scoring rule and"
                + " requirement (first " + REQUIREMENT_CHARS + " characters). Then one part per vendor in rank order, each on its"
                + " own pages: every question's ID with the vendor's answer as written (first " + ANSWER_CHARS + " characters),"
                + " the points (0-5) and a note where the points do not follow from the answer and the rule alone"
                + " (MISSING, NA or UNREADABLE answers scored 0, evaluators' scores, consensus overrides)."));
        List<List<String>> catalogue = new ArrayList<>();
        for (Question q : rfp.questions()) {
            catalogue.add(List.of(q.id(), nz(q.sectionId()), ruleCode(q), clip(q.requirement(), REQUIREMENT_CHARS)));
        }
        b.add(new MemoBlock.Listing("Question catalogue", CATALOGUE, catalogue));
        for (VendorEvaluation v : ev.ranking()) {
            b.add(new MemoBlock.Heading(2, "Answers: " + v.vendor(), true));
            Map<String, QuestionScore> scores = new HashMap<>();
            for (QuestionScore qs : v.score().questions()) scores.putIfAbsent(Fold.fold(qs.id()), qs);
            Map<String, String> answers = new HashMap<>();
            for (var a : v.response().answers()) answers.putIfAbsent(Fold.fold(a.questionId()), nz(a.raw()));
            List<List<String>> rows = new ArrayList<>();
            for (Question q : rfp.questions()) {
                String id = Fold.fold(q.id());
                QuestionScore qs = scores.get(id);
                rows.add(List.of(q.id(), clip(answers.getOrDefault(id, ""), ANSWER_CHARS),
                        qs == null || qs.points() == null ? "-" : f1(qs.points()), note(qs)));
            }
            b.add(new MemoBlock.Listing("Answers of " + v.vendor(), ANSWERS, rows));
        }
    }

    /** The scoring rule in a few words, e.g. {@code linear: target 24, floor 72, lower is better}. */
    static String ruleCode(Question q) {
        ScoringRule r = q.rule();
        if (r instanceof ScoringRule.YesNo) return "YES 5, PARTIAL 2.5, NO 0";
        if (r instanceof ScoringRule.Linear l) {
            return "linear: target " + num(l.target()) + ", floor " + num(l.floor()) + ", "
                    + (l.direction() == Direction.LOWER ? "lower" : "higher") + " is better";
        }
        if (r instanceof ScoringRule.Choice) {
            StringBuilder sb = new StringBuilder("options: ");
            for (int i = 0; i < q.options().size(); i++) {
                ChoiceOption o = q.options().get(i);
                if (i > 0) sb.append(" | ");
                sb.append(o.label()).append(" = ").append(o.score() == null ? "manual" : num(o.score()));
            }
            return clip(sb.toString(), 90);
        }
        return "manual: evaluators' mean";
    }

    /**
     * What the points do not say by themselves: the listed reason of a 0 (MISSING, NA, UNREADABLE), a
     * consensus override, the evaluators' scores of a manual question, or that nobody scored it yet.
     * Empty when the points follow from the answer and the catalogue's rule.
     */
    static String note(QuestionScore qs) {
        if (qs == null) return "not scored";
        if (qs.reason() != null) return qs.reason().name();
        String evaluators = String.join(", ", qs.evaluatorScores().stream().map(MemoFormat::plain).toList());
        if (qs.override() != null) return "consensus" + (evaluators.isEmpty() ? "" : " (evaluators " + evaluators + ")");
        if (qs.manual() && qs.points() == null) return "not scored yet";
        if (!evaluators.isEmpty()) return "evaluators " + evaluators;
        return "";
    }

    private static void judgements(Evaluation ev, MemoFacts facts, List<MemoBlock> b) {
        b.add(new MemoBlock.Heading(1, "Appendix B: evaluator spreads and consensus overrides", true));
        Map<String, ConsensusOverride> reasons = new LinkedHashMap<>();
        for (ConsensusOverride o : facts.consensus()) reasons.put(Fold.fold(o.vendor()) + "\u0000" + Fold.fold(o.questionId()), o);
        List<List<String>> rows = new ArrayList<>();
        for (VendorEvaluation v : ev.ranking()) {
            for (QuestionScore q : v.score().questions()) {
                boolean spread = q.evaluatorScores().size() >= 2 && Spread.flagged(q.evaluatorSpread());
                ConsensusOverride o = reasons.get(Fold.fold(v.vendor()) + "\u0000" + Fold.fold(q.id()));
                if (!spread && q.override() == null && o == null) continue;
                String scores = String.join(", ", q.evaluatorScores().stream().map(MemoFormat::plain).toList());
                Double consensus = q.override() != null ? q.override() : o == null ? null : o.score();
                rows.add(List.of(v.vendor(), q.id(), scores.isEmpty() ? "-" : scores, f1(q.evaluatorSpread()),
                        consensus == null ? "-" : num(consensus), o == null ? (consensus == null ? "" : "(reason not recorded)")
                                : nz(o.reason())));
            }
        }
        if (rows.isEmpty()) {
            b.add(new MemoBlock.Para("No evaluator spread of " + num(Spread.FLAG_AT)
                    + " points or more and no consensus override."));
            return;
        }
        b.add(new MemoBlock.Para("Manual questions whose evaluators differ by " + num(Spread.FLAG_AT)
                + " points or more, and every consensus score that replaced the evaluators' mean, with the lead's reason."));
        b.add(new MemoBlock.Table("Evaluator spreads and consensus overrides", List.of("Vendor", "Question", "Evaluator scores",
                "Spread", "Consensus", "Reason"), new float[] {2.4f, 1, 1.8f, 1, 1.1f, 4},
                new boolean[] {false, false, false, true, true, false}, rows));
    }

    private static void assumptions(Evaluation ev, MemoFacts facts, List<MemoBlock> b) {
        b.add(new MemoBlock.Heading(1, "Appendix C: assumptions and overrides", true));
        TcoAssumptions a = ev.assumptions();
        List<List<String>> rows = new ArrayList<>();
        for (TcoKey k : TcoKey.values()) {
            String rfpValue = "default " + (k.required() ? "-" : num(k.defaultValue()));
            for (Assumption x : ev.rfp().assumptions()) {
                if (TcoKey.parse(x.key()) == k) rfpValue = num(x.value());
            }
            rows.add(List.of(k.label(), rfpValue, num(a.value(k)), a.source(k).name().toLowerCase(java.util.Locale.ROOT),
                    a.low(k) == null ? "-" : num(a.low(k)), a.high(k) == null ? "-" : num(a.high(k))));
        }
        b.add(new MemoBlock.Table("TCO assumptions (percent keys in percent)", List.of("Assumption", "RFP", "In use", "Source",
                "Low", "High"), new float[] {3.5f, 1.3f, 1.3f, 1.2f, 1, 1}, new boolean[] {false, true, true, false, true, true}, rows));
        b.add(new MemoBlock.Heading(2, "Overrides"));
        if (facts.assumptionChanges().isEmpty()) {
            b.add(new MemoBlock.Para("No assumption is overridden: every value is the RFP's (or the model default)."));
            return;
        }
        List<List<String>> ov = new ArrayList<>();
        for (MemoFacts.AssumptionChange c : facts.assumptionChanges()) {
            ov.add(List.of(c.key(), c.vendor() == null ? "all vendors" : c.vendor(),
                    (c.oldValue() == null ? "?" : num(c.oldValue())) + " \u2192 " + num(c.newValue()), nz(c.user()),
                    c.time() == null ? "" : c.time().toString().substring(0, Math.min(10, c.time().toString().length())),
                    nz(c.reason())));
        }
        b.add(new MemoBlock.Table("Assumption overrides in force (who, old \u2192 new, why)", List.of("Assumption", "Applies to",
                "Old \u2192 new", "Who", "When", "Reason"), new float[] {2.4f, 1.6f, 1.6f, 1.2f, 1.6f, 2.8f},
                new boolean[] {false, false, false, false, false, false}, ov));
    }

    private static void method(Evaluation ev, List<MemoBlock> b) {
        Rfp rfp = ev.rfp();
        b.add(new MemoBlock.Heading(1, "Appendix D: method", true));
        StringBuilder ri = new StringBuilder();
        for (int n = 3; n <= Ahp.RANDOM_INDEX.length; n++) {
            if (ri.length() > 0) ri.append(", ");
            ri.append("n=").append(n).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f", Ahp.RANDOM_INDEX[n - 1]));
        }
        b.add(new MemoBlock.KeyValues(List.of(
                new String[] {"Model version", TcoModel.MODEL},
                new String[] {"Term", rfp.termMonths() + " months"},
                new String[] {"Question points", "0-5 per question by its rule: YES 5, PARTIAL 2.5, NO 0; the option's score;"
                        + " linear between floor and target; manual = evaluators' mean (or the consensus score);"
                        + " missing, NA or unreadable 0"},
                new String[] {"KPI points", "0-5: meets the target 5, at or beyond the exit threshold 0, linear between"},
                new String[] {"Section score S", "20 x sum of wq x sq / sum of wq over the counted questions (0-100)"},
                new String[] {"Quality Q", "sum of section weight x section score / sum of the weights of sections with a counted item"},
                new String[] {"Price score PS", PriceFormula.LOWEST_OVER_PRICE.label + ": 100 x TCOmin / TCO, TCOmin over the qualified vendors"},
                new String[] {"Price weight p", pct(rfp.priceWeight())},
                new String[] {"Combined score", "C = (1 - p) x Q + p x PS; rank by C (ties: higher Q, then name);"
                        + " knockouts disqualify and rank after every qualified vendor"},
                new String[] {"TCO", "discounted sum over the months of fees + onboarding + retraining + patient impact"
                        + " + governance + expected exit (exit probability x exit cost)"},
                new String[] {"Uncertainty", "Monte Carlo: triangular draws between each assumption's low, value and high;"
                        + " P10/P50/P90 of the TCO and the share of runs each vendor is cheapest / ranked first"},
                new String[] {"AHP consistency", "CR = CI / RI, CI = (lambda max - n) / (n - 1); warning above "
                        + num(Ahp.CR_WARNING)},
                new String[] {"AHP random index RI", ri.toString()})));
    }

    private static void provenance(Evaluation ev, MemoFacts facts, List<MemoBlock> b) {
        b.add(new MemoBlock.Heading(1, "Appendix E: provenance", true));
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[] {"Source", facts.fromWorkspace() ? "workspace" : "files (one-shot, no workspace)"});
        if (facts.auditHead() != null) {
            kv.add(new String[] {"Audit head", "entry " + facts.auditHead().seq() + ", hash " + facts.auditHead().hash()});
        }
        kv.add(new String[] {"Content SHA-256", nz(facts.contentHash())});
        kv.add(new String[] {"What the content hash covers", nz(facts.contentHashRule())});
        b.add(new MemoBlock.KeyValues(kv));
        ChecklistChapter.evidenceAppendix(ev, facts, b);
    }
}
