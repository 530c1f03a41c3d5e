package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * The RFP reader's field rules (workbook-format.md §1, scoring-and-tco.md §9) for one field typed
 * by hand, so that editing the RFP in the workbench accepts and refuses exactly what an RFP
 * workbook would: weights, types, options, mandatory flags, knockout expressions and scoring
 * rules. Each method returns the parsed value or the problem, worded as the reader words it.
 */
public final class RfpFieldRules {
    /** A parsed field: {@code value} when {@code problem} is null. */
    public record Checked<T>(T value, String problem) {
        public boolean ok() {
            return problem == null;
        }

        static <T> Checked<T> of(T value) {
            return new Checked<>(value, null);
        }

        static <T> Checked<T> fail(String problem) {
            return new Checked<>(null, problem);
        }
    }

    private RfpFieldRules() {}

    /** A weight: blank is 1 (as in the workbook), else a number {@code >= 0}. */
    public static Checked<Double> weight(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return Checked.of(1.0);
        Double w = ValueNormalizer.parseNumber(CellValue.ofText(t));
        if (w == null || w.isNaN() || w.isInfinite()) return Checked.fail("Weight '" + t + "' is not a number");
        if (w < 0) return Checked.fail("Weight " + t + " is negative");
        return Checked.of(w);
    }

    /** A number (KPI target, threshold, assumption value). */
    public static Checked<Double> number(String what, String text) {
        String t = text == null ? "" : text.strip();
        Double d = t.isEmpty() ? null : ValueNormalizer.parseNumber(CellValue.ofText(t));
        if (d == null || d.isNaN() || d.isInfinite()) return Checked.fail(what + " '" + t + "' is not a number");
        return Checked.of(d);
    }

    public static Checked<QuestionType> type(String text) {
        QuestionType t = QuestionType.parse(text == null ? "" : text.strip());
        if (t == null) return Checked.fail("Type '" + text + "' is not one of YES_NO, CHOICE, NUMBER, PERCENT, CURRENCY, DURATION, TEXT, DATE");
        return Checked.of(t);
    }

    /** Options of a CHOICE question ({@code A=5|B=2|C}); other types have none. */
    public static Checked<List<ChoiceOption>> options(String text, QuestionType type) {
        if (type != QuestionType.CHOICE) return Checked.of(List.of());
        List<String> problems = new ArrayList<>();
        List<ChoiceOption> o = RfpRules.options(text == null ? "" : text, problems::add);
        return o == null ? Checked.fail(String.join("; ", problems)) : Checked.of(o);
    }

    /** Y/N (Yes, No, X, true...). */
    public static Checked<Boolean> yesNo(String what, String text) {
        Boolean b = RfpRules.yesNo(text == null ? "" : text);
        return b == null ? Checked.fail(what + " '" + text + "' is not Y or N") : Checked.of(b);
    }

    /** A knockout expression for a question of that type and options; blank is "no knockout" (null value). */
    public static Checked<Knockout> knockout(String text, QuestionType type, List<ChoiceOption> options, String currency) {
        List<String> problems = new ArrayList<>();
        Knockout k = RfpRules.knockout(text == null ? "" : text, type, options, new ValueNormalizer(currency), problems::add);
        return problems.isEmpty() ? Checked.of(k) : Checked.fail(String.join("; ", problems));
    }

    /** A scoring rule ({@code manual}, {@code target=T; floor=F; higher}, blank = the type's default). */
    public static Checked<ScoringRule> scoring(String text, QuestionType type, List<ChoiceOption> options) {
        List<String> problems = new ArrayList<>();
        ScoringRule r = RfpRules.scoring(text == null ? "" : text, type, options, problems::add);
        return r == null ? Checked.fail(String.join("; ", problems)) : Checked.of(r);
    }
}
