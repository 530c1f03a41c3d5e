package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.Normalized;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * Parses the rule columns of an RFP question: {@code Options}, {@code Mandatory}, {@code Knockout}
 * and {@code Scoring} (workbook-format.md §1; scoring-and-tco.md §9). Each parser reports what is
 * wrong to {@code problem} and returns null.
 */
final class RfpRules {
    private static final Pattern COMPARISON = Pattern.compile("^(<=|>=|≤|≥|<|>)\\s*(.+)$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    private RfpRules() {}

    /** {@code A=5|B=2|C}; null when invalid. All options scored or none. */
    static List<ChoiceOption> options(String text, Consumer<String> problem) {
        if (text.isBlank()) {
            problem.accept("CHOICE question without Options");
            return null;
        }
        List<ChoiceOption> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int scored = 0;
        for (String part : text.split("\\|", -1)) {
            String label = part.strip();
            Double score = null;
            int eq = label.lastIndexOf('=');
            if (eq >= 0) {
                String s = label.substring(eq + 1).strip();
                label = label.substring(0, eq).strip();
                try {
                    score = Double.parseDouble(s.replace(',', '.'));
                } catch (NumberFormatException e) {
                    problem.accept("option '" + part.strip() + "' has a score that is not a number");
                    return null;
                }
                if (score < 0 || score > 5 || score.isNaN()) {
                    problem.accept("option '" + label + "' has score " + s + " outside 0..5");
                    return null;
                }
                scored++;
            }
            if (label.isEmpty()) {
                problem.accept("Options '" + text + "' has an empty option");
                return null;
            }
            if (!seen.add(Fold.fold(label))) {
                problem.accept("option '" + label + "' is listed twice");
                return null;
            }
            out.add(new ChoiceOption(label, score));
        }
        if (scored > 0 && scored < out.size()) {
            problem.accept("some options carry scores and some do not (" + text + ")");
            return null;
        }
        return out;
    }

    /** Y/N/Yes/No/True/False/1/0; blank = N; null when unreadable. */
    static Boolean yesNo(String text) {
        String f = Fold.fold(text);
        return switch (f) {
            case "", "n", "no", "false", "0" -> false;
            case "y", "yes", "true", "1", "x" -> true;
            default -> null;
        };
    }

    /** The YES_NO token a knockout names, or null. */
    private static String yesNoToken(String text) {
        String f = Fold.fold(text).replace(".", "");
        return switch (f) {
            case "no", "n", "false" -> "NO";
            case "partial", "partially" -> "PARTIAL";
            case "yes", "y", "true" -> "YES";
            case "n/a", "na", "not-applicable" -> "NA";
            default -> null;
        };
    }

    /** Blank → null without a problem; invalid → null with a problem. */
    static Knockout knockout(String text, QuestionType type, List<ChoiceOption> options, ValueNormalizer norm,
                             Consumer<String> problem) {
        String expr = text.strip();
        if (expr.isEmpty()) return null;
        switch (type) {
            case YES_NO -> {
                List<String> tokens = new ArrayList<>();
                for (String part : expr.split("\\|")) {
                    String tok = yesNoToken(part);
                    if (tok == null) {
                        problem.accept("Knockout '" + expr + "': '" + part.strip() + "' is not a YES_NO answer (No, Partial, Yes, N/A)");
                        return null;
                    }
                    if (!tokens.contains(tok)) tokens.add(tok);
                }
                return new Knockout.Tokens(expr, tokens);
            }
            case CHOICE -> {
                List<String> chosen = new ArrayList<>();
                for (String part : expr.split("\\|")) {
                    String f = Fold.fold(part);
                    ChoiceOption match = options.stream().filter(o -> Fold.fold(o.label()).equals(f)).findFirst().orElse(null);
                    if (match == null) {
                        problem.accept("Knockout '" + expr + "': '" + part.strip() + "' is not one of the options");
                        return null;
                    }
                    if (!chosen.contains(match.label())) chosen.add(match.label());
                }
                return new Knockout.Options(expr, chosen);
            }
            case NUMBER, PERCENT, CURRENCY, DURATION -> {
                Matcher m = COMPARISON.matcher(expr);
                if (!m.matches()) {
                    problem.accept("Knockout '" + expr + "' is not a comparison such as '< 80', '<= 80', '> 30' or '>= 30'");
                    return null;
                }
                Knockout.Comparison op = switch (m.group(1)) {
                    case "<" -> Knockout.Comparison.LT;
                    case "<=", "≤" -> Knockout.Comparison.LE;
                    case ">" -> Knockout.Comparison.GT;
                    default -> Knockout.Comparison.GE;
                };
                Double threshold = threshold(m.group(2).strip(), type, norm);
                if (threshold == null) {
                    problem.accept("Knockout '" + expr + "': '" + m.group(2).strip() + "' is not a number");
                    return null;
                }
                return new Knockout.Compare(expr, op, threshold);
            }
            default -> {
                problem.accept("Knockout '" + expr + "' is not allowed on a " + type + " question");
                return null;
            }
        }
    }

    /** A threshold in normalised units: a plain number as written (percent units), or a duration form. */
    private static Double threshold(String text, QuestionType type, ValueNormalizer norm) {
        String plain = text.replace("%", "").replace(",", "").strip();
        if (NUMBER.matcher(plain).matches()) {
            try {
                return Double.parseDouble(plain);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Normalized n = norm.normalize(CellValue.ofText(text), type, List.of(), null);
        if (n.status() == AnswerStatus.ANSWERED && n.number() != null && n.issues().isEmpty()) return n.number();
        return null;
    }

    /** Blank → the type's default; {@code manual}; {@code target=T; floor=F; higher|lower}. */
    static ScoringRule scoring(String text, QuestionType type, List<ChoiceOption> options, Consumer<String> problem) {
        String s = text.strip();
        String f = Fold.fold(s);
        if (f.equals("manual")) return new ScoringRule.Manual();
        if (s.isEmpty()) {
            return switch (type) {
                case YES_NO -> new ScoringRule.YesNo();
                case CHOICE -> options.isEmpty() || options.get(0).score() == null ? new ScoringRule.Manual() : new ScoringRule.Choice();
                default -> new ScoringRule.Manual();
            };
        }
        if (type == QuestionType.YES_NO && (f.equals("yes-no") || f.equals("default"))) return new ScoringRule.YesNo();
        if (type == QuestionType.CHOICE && (f.equals("options") || f.equals("choice") || f.equals("default"))) {
            if (options.isEmpty() || options.get(0).score() == null) {
                problem.accept("Scoring '" + s + "' needs option scores (Options like A=5|B=2)");
                return null;
            }
            return new ScoringRule.Choice();
        }
        if (!type.isNumeric()) {
            problem.accept("Scoring '" + s + "' is not valid for a " + type + " question (blank or manual)");
            return null;
        }
        Double target = null;
        Double floor = null;
        Direction dir = null;
        for (String part : s.split("[;,]")) {
            String pt = part.strip();
            if (pt.isEmpty()) continue;
            int eq = pt.indexOf('=');
            if (eq < 0) {
                Direction d = Direction.parse(pt);
                if (d == null) {
                    problem.accept("Scoring '" + s + "': '" + pt + "' is not higher or lower");
                    return null;
                }
                dir = d;
                continue;
            }
            String key = Fold.fold(pt.substring(0, eq));
            String val = pt.substring(eq + 1).replace("%", "").replace(",", "").strip();
            Double num;
            try {
                num = Double.parseDouble(val);
            } catch (NumberFormatException e) {
                problem.accept("Scoring '" + s + "': '" + pt + "' is not a number");
                return null;
            }
            if (key.equals("target")) target = num;
            else if (key.equals("floor")) floor = num;
            else {
                problem.accept("Scoring '" + s + "': unknown part '" + pt + "' (target=T; floor=F; higher|lower)");
                return null;
            }
        }
        if (target == null || floor == null) {
            problem.accept("Scoring '" + s + "' needs target=T; floor=F; higher|lower");
            return null;
        }
        if (target.equals(floor)) {
            problem.accept("Scoring '" + s + "': target and floor are equal");
            return null;
        }
        Direction implied = target > floor ? Direction.HIGHER : Direction.LOWER;
        if (dir == null) dir = implied;
        if (dir != implied) {
            problem.accept("Scoring '" + s + "': with " + dir.name().toLowerCase(java.util.Locale.ROOT) + " the target must be "
                    + (dir == Direction.HIGHER ? "above" : "below") + " the floor");
            return null;
        }
        return new ScoringRule.Linear(target, floor, dir);
    }
}
