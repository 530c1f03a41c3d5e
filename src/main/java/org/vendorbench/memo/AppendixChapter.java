package org.vendorbench.memo;

import static org.vendorbench.memo.MemoFormat.clip;
import static org.vendorbench.memo.MemoFormat.f1;
import static org.vendorbench.memo.MemoFormat.nz;
import static org.vendorbench.memo.MemoFormat.num;
import static org.vendorbench.memo.MemoFormat.pct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
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

    private static void answers(Evaluation ev, List<MemoBlock> b) {
        Rfp rfp = ev.rfp();
        b.add(new MemoBlock.Heading(1, "Appendix A: answers per vendor", true));
        b.add(new MemoBlock.Para("One part per vendor in rank order, each on its own pages: every RFP question with the"
                + " vendor's answer as written, the points (0-5) and the rule that gave them."));
        boolean first = true;
        for (VendorEvaluation v : ev.ranking()) {
            b.add(new MemoBlock.Heading(2, "Answers: " + v.vendor(), !first));
            first = false;
            List<List<String>> rows = new ArrayList<>();
            for (Question q : rfp.questions()) {
                QuestionScore qs = v.score().question(q.id());
                String answer = v.response().answer(q.id()).map(a -> nz(a.raw())).orElse("");
                rows.add(List.of(q.id(), clip(q.requirement(), 160), clip(answer, 160),
                        qs == null || qs.points() == null ? "-" : f1(qs.points()),
                        qs == null || qs.explanation() == null ? "" : clip(qs.explanation(), 160)));
            }
            b.add(new MemoBlock.Table("Answers of " + v.vendor(), List.of("ID", "Question", "Answer", "Points", "Rule"),
                    new float[] {1, 4, 3, 1, 3}, new boolean[] {false, false, false, true, false}, rows));
        }
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
