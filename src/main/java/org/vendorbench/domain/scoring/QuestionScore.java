package org.vendorbench.domain.scoring;

import java.util.List;

/**
 * The explainable score of one question for one vendor.
 *
 * @param id             question ID as the RFP writes it
 * @param sectionId      the question's section
 * @param rule           the scoring rule as text ({@code target=80; floor=60; higher}, {@code manual}, ...)
 * @param points         0..5, or null when the question is not scored (a manual question nobody scored yet)
 * @param counted        true when the points enter the section score (points present and weight &gt; 0)
 * @param weight         the question's weight within its section
 * @param reason         MISSING, NA or UNREADABLE when the answer scored 0 for that reason, else null
 * @param manual         true for a manual question (evaluators score it)
 * @param evaluatorScores the evaluators' scores of an answered manual question (evaluator order of input)
 * @param override       the consensus score that replaced the evaluators' mean, or null
 * @param explanation    one readable line, e.g. {@code 4 = linear between floor 60 and target 80 (higher is better), answer 76}
 */
public record QuestionScore(String id, String sectionId, String rule, Double points, boolean counted,
                            double weight, ListedReason reason, boolean manual,
                            List<Double> evaluatorScores, Double override, String explanation) {
    public QuestionScore {
        evaluatorScores = evaluatorScores == null ? List.of() : List.copyOf(evaluatorScores);
    }

    /** Mean of the evaluators' scores, or null when there are none. */
    public Double evaluatorMean() {
        if (evaluatorScores.isEmpty()) return null;
        double s = 0;
        for (double d : evaluatorScores) s += d;
        return s / evaluatorScores.size();
    }

    /** Max minus min of the evaluators' scores (0 with fewer than two scores). */
    public double evaluatorSpread() {
        if (evaluatorScores.size() < 2) return 0;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double d : evaluatorScores) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return max - min;
    }

    /** A copy with another weight; {@code counted} follows (points present and weight &gt; 0). */
    public QuestionScore withWeight(double w) {
        return new QuestionScore(id, sectionId, rule, points, points != null && w > 0, w, reason, manual,
                evaluatorScores, override, explanation);
    }
}
