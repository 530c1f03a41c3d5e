package org.vendorbench.ui.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.scoring.Fmt;
import org.vendorbench.domain.scoring.KnockoutFinding;
import org.vendorbench.domain.scoring.KpiScore;
import org.vendorbench.domain.scoring.QuestionScore;
import org.vendorbench.domain.scoring.VendorScore;

/**
 * Builds the rows of the Scoring grid from the engine's scores: every question in RFP order, then every
 * KPI, each with one {@link ScoreCell} per vendor. Only reads what the engine computed (points,
 * explanations, spreads, knockouts, gaps); it scores nothing itself. Plain Java, no JavaFX.
 */
public final class ScoreGrid {
    static final int SHORT_ANSWER = 24;

    private ScoreGrid() {}

    /**
     * @param scores    one score per vendor column, in column order
     * @param responses the vendors' responses, index-aligned with {@code scores}
     * @param evaluator every evaluator score in the workspace (matched by folded vendor and question)
     */
    public static List<ScoreRow> rows(Rfp rfp, List<VendorScore> scores, List<VendorResponse> responses,
                                      List<EvaluatorScore> evaluator) {
        Map<String, List<EvaluatorScore>> byCell = new HashMap<>();
        for (EvaluatorScore s : evaluator) {
            byCell.computeIfAbsent(key(s.vendor(), s.questionId()), k -> new ArrayList<>()).add(s);
        }
        List<ScoreRow> rows = new ArrayList<>();
        for (Question q : rfp.questions()) {
            List<ScoreCell> cells = new ArrayList<>(scores.size());
            for (int v = 0; v < scores.size(); v++) {
                VendorScore vs = scores.get(v);
                QuestionScore qs = vs.question(q.id());
                Answer a = responses.get(v).answer(q.id()).orElse(null);
                boolean scorable = qs.manual() && qs.reason() == null;
                List<EvaluatorScore> ev = scorable ? byCell.getOrDefault(key(vs.vendor(), q.id()), List.of()) : List.of();
                boolean spread = vs.spreads().stream().anyMatch(s -> Fold.same(s.id(), q.id()));
                String knockout = vs.knockouts().stream().filter(k -> Fold.same(k.id(), q.id()))
                        .map(KnockoutFinding::message).findFirst().orElse(null);
                boolean gap = vs.mandatoryGaps().stream().anyMatch(g -> Fold.same(g, q.id()));
                cells.add(new ScoreCell(shortAnswer(a), fullAnswer(a), qs.points(), qs.explanation(), ev, qs.override(),
                        spread, knockout, gap, scorable));
            }
            rows.add(new ScoreRow(q.id(), q.sectionId(), q.requirement(), q.isManual(), false, cells));
        }
        String kpiSection = rfp.sections().stream().filter(Section::isKpiSection).map(Section::id).findFirst()
                .orElse(Section.KPI_SECTION);
        for (int k = 0; k < rfp.kpis().size(); k++) {
            Kpi kpi = rfp.kpis().get(k);
            List<ScoreCell> cells = new ArrayList<>(scores.size());
            for (VendorScore vs : scores) {
                KpiScore ks = vs.kpis().get(k);
                String committed = ks.committed() == null ? "—" : Fmt.num(ks.committed());
                cells.add(new ScoreCell(committed, committed, ks.points(), ks.explanation(), List.of(), null, false, null,
                        false, false));
            }
            rows.add(new ScoreRow(kpi.id(), kpiSection, kpi.name(), false, true, cells));
        }
        return rows;
    }

    private static String key(String vendor, String questionId) {
        return Fold.fold(vendor) + '\u0000' + Fold.fold(questionId);
    }

    /** The answer as the grid shows it: a number, the text cut to 24 characters, "NA", or "—" when missing. */
    static String shortAnswer(Answer a) {
        String full = fullAnswer(a);
        if (full.length() <= SHORT_ANSWER) return full;
        return full.substring(0, SHORT_ANSWER - 1).stripTrailing() + "…";
    }

    static String fullAnswer(Answer a) {
        if (a == null || a.status() == AnswerStatus.MISSING) return "—";
        if (a.status() == AnswerStatus.UNREADABLE) return "unreadable: " + (a.raw() == null ? "" : a.raw().strip());
        Object v = a.value();
        if (v instanceof Double d) return Fmt.num(d);
        if (v == null) return "—";
        return v.toString().strip().replaceAll("\\s+", " ");
    }
}
