package org.vendorbench.ui.scoring;

import java.util.List;
import java.util.stream.Collectors;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.scoring.Fmt;

/**
 * What the Scoring grid shows for one question (or KPI) of one vendor: the answer in short, the points
 * with the engine's explanation, the evaluators' scores of a manual question, and the marks (spread that
 * needs a consensus, knockout, mandatory gap). Plain data, no JavaFX.
 *
 * @param answer          the normalised answer, shortened for the grid ("—" when missing)
 * @param fullAnswer      the answer as read (for the detail pane and the tooltip)
 * @param points          0..5, null when not scored yet (manual question without scores)
 * @param explanation     the engine's explanation, e.g. "4.1 = linear between floor 60 and target 80 …"
 * @param evaluatorScores the evaluators' scores of this vendor's answer (manual questions only)
 * @param override        the lead's consensus score, or null
 * @param spread          evaluators differ by 2 points or more
 * @param knockout        the knockout finding's message, or null
 * @param mandatoryGap    a mandatory question missing, NA or unreadable
 * @param scorable        an answered manual question: evaluators may score it
 */
public record ScoreCell(String answer, String fullAnswer, Double points, String explanation,
                        List<EvaluatorScore> evaluatorScores, Double override, boolean spread, String knockout,
                        boolean mandatoryGap, boolean scorable) {
    public ScoreCell {
        evaluatorScores = List.copyOf(evaluatorScores);
    }

    /** Spread flagged and no consensus score yet. */
    public boolean needsConsensus() {
        return spread && override == null;
    }

    /** A scorable question nobody scored and no consensus either. */
    public boolean unscoredManual() {
        return scorable && points == null;
    }

    /** The grid text: answer (or the evaluators' scores) → points, then the marks. */
    public String text() {
        String left = scorable && !evaluatorScores.isEmpty()
                ? evaluatorScores.stream().map(s -> Fmt.num(s.score())).collect(Collectors.joining(" "))
                : answer;
        StringBuilder sb = new StringBuilder(left).append(" → ").append(points == null ? "?" : Fmt.num(points));
        if (override != null) sb.append(" ✔");
        if (needsConsensus()) sb.append(" ⚑");
        if (knockout != null) sb.append(" ✖");
        if (mandatoryGap) sb.append(" !");
        return sb.toString();
    }

    /** The tooltip: the explanation, then the marks and the evaluators' scores with their notes. */
    public String tooltip() {
        StringBuilder sb = new StringBuilder(explanation);
        if (needsConsensus()) sb.append("\n⚑ evaluators differ by 2 points or more: consensus needed");
        if (spread && override != null) sb.append("\n✔ spread settled by the consensus score ").append(Fmt.num(override));
        if (knockout != null) sb.append("\n✖ knockout: ").append(knockout);
        if (mandatoryGap) sb.append("\n! mandatory question not answered");
        for (EvaluatorScore s : evaluatorScores) {
            sb.append("\n").append(s.evaluator()).append(": ").append(Fmt.num(s.score()));
            if (s.note() != null && !s.note().isBlank()) sb.append(" — ").append(s.note());
        }
        if (fullAnswer != null && !fullAnswer.equals(answer)) sb.append("\nAnswer: ").append(fullAnswer);
        return sb.toString();
    }

    /** The score {@code evaluator} gave (names compared as the store does: stripped, exact), or null. */
    public EvaluatorScore scoreBy(String evaluator) {
        if (evaluator == null) return null;
        String e = evaluator.strip();
        return evaluatorScores.stream().filter(s -> s.evaluator().equals(e)).findFirst().orElse(null);
    }
}
