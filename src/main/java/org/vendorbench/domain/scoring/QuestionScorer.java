package org.vendorbench.domain.scoring;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.ScoringRule;

/**
 * Turns one answer into 0..5 points with an explanation (scoring-and-tco.md §1 and §9).
 * "Missing beats manual": a missing, NA or unreadable answer scores 0 and is listed whatever the rule.
 */
final class QuestionScorer {
    private QuestionScorer() {}

    /** The reason an answer scores 0 and is listed, or null when it was answered. */
    static ListedReason gap(Answer a) {
        if (a == null || a.status() == AnswerStatus.MISSING) return ListedReason.MISSING;
        if (a.status() == AnswerStatus.UNREADABLE) return ListedReason.UNREADABLE;
        if (a.isNa()) return ListedReason.NA;
        if (a.text() == null && a.number() == null) return ListedReason.MISSING;
        return null;
    }

    static String ruleText(Question q) {
        ScoringRule r = q.rule();
        if (r instanceof ScoringRule.YesNo) return "YES 5, PARTIAL 2.5, NO 0";
        if (r instanceof ScoringRule.Choice) {
            return q.options().stream()
                    .map(o -> o.score() == null ? o.label() : o.label() + "=" + Fmt.num(o.score()))
                    .collect(Collectors.joining("|"));
        }
        if (r instanceof ScoringRule.Linear l) {
            return "target=" + Fmt.num(l.target()) + "; floor=" + Fmt.num(l.floor()) + "; "
                    + l.direction().name().toLowerCase(Locale.ROOT);
        }
        return "manual";
    }

    /**
     * @param evaluators the evaluators' scores of this vendor for this question (manual questions only)
     * @param override   the consensus score, or null
     */
    static QuestionScore score(Question q, Answer a, List<Double> evaluators, Double override) {
        String rule = ruleText(q);
        boolean manual = q.isManual();
        ListedReason gap = gap(a);
        if (gap != null) {
            String why = switch (gap) {
                case MISSING -> "no answer";
                case NA -> "answered NA (not applicable)";
                default -> "answer could not be read" + (a.raw() == null || a.raw().isBlank() ? "" : ": '" + a.raw() + "'");
            };
            return make(q, rule, 0.0, gap, manual, List.of(), null, "0 = " + why + " (listed " + gap + ")");
        }
        ScoringRule r = q.rule();
        if (r instanceof ScoringRule.Manual) return manual(q, rule, evaluators, override);
        if (r instanceof ScoringRule.YesNo) {
            String t = a.text() == null ? "" : a.text().trim().toUpperCase(Locale.ROOT);
            Double p = switch (t) {
                case "YES" -> 5.0;
                case "PARTIAL" -> 2.5;
                case "NO" -> 0.0;
                default -> null;
            };
            if (p == null) return unreadable(q, rule, a, "not YES, NO or PARTIAL");
            return make(q, rule, p, null, false, List.of(), null, Fmt.num(p) + " = answered " + t);
        }
        if (r instanceof ScoringRule.Choice) {
            ChoiceOption o = option(q, a.text());
            if (o == null) return unreadable(q, rule, a, "not one of the options");
            if (o.score() == null) return manual(q, rule, evaluators, override);
            return make(q, rule, o.score(), null, false, List.of(), null,
                    Fmt.num(o.score()) + " = option '" + o.label() + "'");
        }
        ScoringRule.Linear l = (ScoringRule.Linear) r;
        if (a.number() == null) return unreadable(q, rule, a, "not a number");
        double x = a.number();
        double p = Linear.points(x, l.target(), l.floor(), l.direction());
        String expl = Fmt.num(p) + " = linear between floor " + Fmt.num(l.floor()) + " and target "
                + Fmt.num(l.target()) + " (" + Linear.directionText(l.direction()) + "), answer " + Fmt.num(x);
        return make(q, rule, p, null, false, List.of(), null, expl);
    }

    private static QuestionScore manual(Question q, String rule, List<Double> evaluators, Double override) {
        List<Double> ev = evaluators == null ? List.of() : evaluators;
        String scores = ev.stream().map(Fmt::num).collect(Collectors.joining(", "));
        if (override != null) {
            String from = ev.isEmpty() ? "no evaluator scores"
                    : "evaluators' mean " + Fmt.num(mean(ev)) + " of " + scores;
            return make(q, rule, override, null, true, ev, override,
                    Fmt.num(override) + " = consensus override (" + from + ")");
        }
        if (ev.isEmpty()) {
            return make(q, rule, null, null, true, ev, null, "not scored yet: manual question without evaluator scores");
        }
        double m = mean(ev);
        String who = ev.size() == 1 ? "1 evaluator" : ev.size() + " evaluators";
        return make(q, rule, m, null, true, ev, null, Fmt.num(m) + " = mean of " + who + " (" + scores + ")");
    }

    private static QuestionScore unreadable(Question q, String rule, Answer a, String why) {
        String shown = a.value() == null ? a.raw() : String.valueOf(a.value());
        return make(q, rule, 0.0, ListedReason.UNREADABLE, q.isManual(), List.of(), null,
                "0 = answer '" + shown + "' cannot be scored: " + why + " (listed UNREADABLE)");
    }

    private static QuestionScore make(Question q, String rule, Double points, ListedReason reason, boolean manual,
                                      List<Double> ev, Double override, String expl) {
        return new QuestionScore(q.id(), q.sectionId(), rule, points, points != null && q.weight() > 0,
                q.weight(), reason, manual, ev, override, expl);
    }

    static ChoiceOption option(Question q, String text) {
        if (text == null) return null;
        for (ChoiceOption o : q.options()) if (o.label().equals(text)) return o;
        for (ChoiceOption o : q.options()) if (Fold.same(o.label(), text)) return o;
        return null;
    }

    static double mean(List<Double> xs) {
        double s = 0;
        for (double d : xs) s += d;
        return s / xs.size();
    }
}
