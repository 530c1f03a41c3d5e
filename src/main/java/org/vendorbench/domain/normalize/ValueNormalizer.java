package org.vendorbench.domain.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

/**
 * Turns a vendor's cell into a normalised value (workbook-format.md §3 and §8) for every
 * question type, KPI unit and pricing item, so that the workbook adapters only locate cells and
 * this pure code decides what they mean. A blank cell is MISSING without warnings (the reader
 * reports MISSING_ANSWER); a cell that cannot be read is UNREADABLE with one UNREADABLE_VALUE
 * issue naming what was expected; qualifiers and foreign currencies are warnings on a value that
 * is still read. The comment is the explanation split off the value, then a newline and the
 * Comments cell (either alone when the other is blank, null when neither). Every text is read
 * in Unicode NFC. The choices made where the contract is ambiguous are listed in
 * docs/normalisation.md.
 */
public final class ValueNormalizer {
    /** Pricing item IDs (§2) and the type their value is read as (§8); P-MODEL is an enumeration. */
    private static final Map<String, QuestionType> PRICING_TYPES = Map.of(
            "p-rate", QuestionType.CURRENCY, "p-min", QuestionType.CURRENCY, "p-onboard", QuestionType.CURRENCY,
            "p-train", QuestionType.CURRENCY, "p-etf", QuestionType.CURRENCY,
            "p-fte", QuestionType.NUMBER, "p-agents", QuestionType.NUMBER, "p-esc", QuestionType.PERCENT);
    private static final String P_MODEL = "p-model";
    private static final List<String> MODEL_CODES = java.util.Arrays.stream(PricingModel.values()).map(PricingModel::code).toList();

    private final String rfpCurrency;
    private final AmountReader amounts;

    /** @param rfpCurrency the RFP's ISO 4217 currency; USD when null or blank */
    public ValueNormalizer(String rfpCurrency) {
        this.rfpCurrency = rfpCurrency == null || rfpCurrency.isBlank() ? "USD" : rfpCurrency.strip().toUpperCase(Locale.ROOT);
        this.amounts = new AmountReader(this.rfpCurrency);
    }

    public String rfpCurrency() {
        return rfpCurrency;
    }

    /**
     * Normalises a questionnaire answer.
     *
     * @param options      the CHOICE options of the RFP (ignored for other types; may be null)
     * @param commentsCell the vendor's Comments cell, may be null or blank
     */
    public Normalized normalize(CellValue cell, QuestionType type, List<ChoiceOption> options, String commentsCell) {
        java.util.Objects.requireNonNull(type, "question type");
        String hidden = hiddenIn(cell, commentsCell);
        if (hidden != null) return flagHidden(normalize(withoutHidden(cell), type, options, withoutHidden(commentsCell)), hidden);
        return withinCellLimit(normalizeClean(cell, type, options, commentsCell));
    }

    /** The most characters an Excel cell holds; longer text can only come from a hand-made file. */
    public static final int MAX_CELL_CHARS = 32_767;

    /**
     * Cuts a text value or comment longer than an Excel cell can hold (such a file was not saved by
     * Excel; the cut keeps every later export writable) and says so with SUSPICIOUS_TEXT.
     */
    private static Normalized withinCellLimit(Normalized n) {
        boolean longText = n.text() != null && n.text().length() > MAX_CELL_CHARS;
        boolean longComment = n.comment() != null && n.comment().length() > MAX_CELL_CHARS;
        if (!longText && !longComment) return n;
        List<Normalized.Issue> issues = new ArrayList<>(n.issues());
        int length = longText ? n.text().length() : n.comment().length();
        issues.add(new Normalized.Issue(WarningCode.SUSPICIOUS_TEXT, (longText ? "the answer" : "the comment") + " has "
                + String.format(java.util.Locale.ROOT, "%,d", length) + " characters, more than an Excel cell holds (32,767):"
                + " cut to the first 32,767"));
        return new Normalized(n.status(), longText ? cut(n.text()) : n.text(), n.number(),
                longComment ? cut(n.comment()) : n.comment(), issues);
    }

    private static String cut(String s) {
        int end = MAX_CELL_CHARS;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--; // never split a surrogate pair
        return s.substring(0, end);
    }

    private Normalized normalizeClean(CellValue cell, QuestionType type, List<ChoiceOption> options, String commentsCell) {
        if (cell == null || isBlank(cell)) return missing(commentsCell);
        Reading r = switch (type) {
            case YES_NO -> YesNoReader.read(cell);
            case CHOICE -> choice(cell, options == null ? List.of() : labels(options), () -> "one of " + quoted(options));
            case PERCENT -> PercentReader.read(cell);
            case CURRENCY -> amounts.currency(cell);
            case DURATION -> DurationReader.read(cell);
            case NUMBER -> amounts.number(cell);
            case DATE -> DateReader.read(cell);
            case TEXT -> text(cell);
        };
        return result(r, commentsCell);
    }

    /** A KPI commitment: percent → PERCENT, seconds → DURATION, per_1000_calls → NUMBER (§8). */
    public Normalized normalizeKpi(CellValue cell, KpiUnit unit, String commentsCell) {
        return normalize(cell, unit == null ? QuestionType.NUMBER : unit.valueType, List.of(), commentsCell);
    }

    /**
     * A pricing item (§2, §8): P-RATE, P-MIN, P-ONBOARD, P-TRAIN, P-ETF as CURRENCY; P-FTE,
     * P-AGENTS as NUMBER; P-ESC as PERCENT; P-MODEL as the model's code in {@code text}
     * ({@code per_minute} …). The item ID is compared folded.
     *
     * @throws IllegalArgumentException for an ID that is no pricing item
     */
    public Normalized normalizePricing(String itemId, CellValue cell, String commentsCell) {
        String id = Fold.fold(itemId);
        if (id.equals(P_MODEL)) {
            if (cell == null || isBlank(cell)) return missing(commentsCell);
            Reading r = choice(cell, MODEL_CODES, () -> "a pricing model (" + String.join(", ", MODEL_CODES) + ")");
            return result(r, commentsCell);
        }
        QuestionType type = PRICING_TYPES.get(id);
        if (type == null) throw new IllegalArgumentException("not a pricing item: " + itemId);
        return normalize(cell, type, List.of(), commentsCell);
    }

    /** The type a pricing item's value is read as; TEXT for P-MODEL; null for an unknown ID. */
    public static QuestionType pricingValueType(String itemId) {
        String id = Fold.fold(itemId);
        return id.equals(P_MODEL) ? QuestionType.TEXT : PRICING_TYPES.get(id);
    }

    /**
     * A percent of the Assumptions sheet or the RFP's {@code Price weight} (§8) in percent
     * units: as written ({@code 2} and {@code "2%"} are 2 %), a percent-formatted cell ×100
     * (0.02 shown as 2% is 2 %). Null when the cell holds no such number.
     */
    public static Double parseAssumptionPercent(CellValue cell) {
        return PercentReader.assumption(cell);
    }

    /**
     * A plain number of the RFP workbook (weights, targets, thresholds, term): a numeric cell
     * as it is, or numeric text with thousands separators. Null when it is no number (blank,
     * words, a date cell), so the caller can name the cell.
     */
    public static Double parseNumber(CellValue cell) {
        if (cell == null) return null;
        if (cell.kind() == CellValue.Kind.NUMBER) return cell.dateFormatted() ? null : cell.number();
        if (cell.kind() != CellValue.Kind.STRING) return null;
        BigDecimal n = NumberText.parse(Texts.forParsing(cell.text()));
        return n == null ? null : n.doubleValue();
    }

    /** A date of the RFP or Cover sheet (Issued, Due, Submitted) as ISO yyyy-mm-dd, null when none. */
    public static String parseDate(CellValue cell) {
        return cell == null || isBlank(cell) ? null : DateReader.parse(cell);
    }

    /** A Y/N-like cell (e.g. the RFP's {@code Mandatory}) as YES, NO, PARTIAL or NA; null when blank or unreadable. */
    public static String parseYesNo(CellValue cell) {
        return YesNoReader.parse(cell);
    }

    /**
     * The option labels as a view of the options (no copy per answer; a label may be null as the
     * copy's would be).
     */
    private static List<String> labels(List<ChoiceOption> options) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return options.get(index).label();
            }

            @Override
            public int size() {
                return options.size();
            }
        };
    }

    /** {@code expected} is only needed for an unreadable value: it is built then, not for every answer. */
    private static Reading choice(CellValue cell, List<String> labels, java.util.function.Supplier<String> expectedText) {
        if (cell.kind() == CellValue.Kind.ERROR) return Reading.unreadable(expectedText.get(), Reading.got(cell), null);
        String s = Texts.forParsing(textOf(cell));
        ChoiceMatcher.Match m = ChoiceMatcher.exactOrLongestPrefix(s, labels);
        if (m != null) return Reading.text(m.label(), m.explanation());
        List<String> hits = ChoiceMatcher.startingWith(s, labels);
        if (hits.size() == 1) return Reading.text(hits.get(0), "");
        String reason = hits.size() > 1 ? "it could be " + String.join(" or ", hits.stream().map(h -> "'" + h + "'").toList()) : null;
        return Reading.unreadable(expectedText.get(), Texts.quote(s), reason);
    }

    private static Reading text(CellValue cell) {
        if (cell.kind() == CellValue.Kind.ERROR) return Reading.unreadable("text", Reading.got(cell), null);
        return Reading.text(Texts.forText(textOf(cell)), "");
    }

    /** The text of a cell: a string as it is, a number or boolean as displayed. */
    private static String textOf(CellValue cell) {
        return switch (cell.kind()) {
            case STRING, BOOLEAN -> cell.text() != null ? cell.text() : cell.displayed();
            case NUMBER -> cell.displayed() != null && !cell.displayed().isBlank() ? cell.displayed() : Reading.plain(cell.number());
            default -> cell.displayed() == null ? "" : cell.displayed();
        };
    }

    /** The hidden bidi/zero-width controls of a text cell and its comments ("U+202E, U+200B"), null when none. */
    private static String hiddenIn(CellValue cell, String commentsCell) {
        String a = cell != null && cell.kind() == CellValue.Kind.STRING ? Texts.hiddenControls(cell.text()) : null;
        String b = Texts.hiddenControls(commentsCell);
        if (a == null) return b;
        return b == null || a.equals(b) ? a : a + ", " + b;
    }

    private static CellValue withoutHidden(CellValue cell) {
        if (cell == null || cell.kind() != CellValue.Kind.STRING || cell.text() == null) return cell;
        return new CellValue(cell.kind(), cell.number(), Texts.withoutHiddenControls(cell.text()), cell.formatString(),
                cell.dateFormatted(), cell.displayed() == null ? null : Texts.withoutHiddenControls(cell.displayed()));
    }

    private static String withoutHidden(String s) {
        return s == null ? null : Texts.withoutHiddenControls(s);
    }

    /**
     * Adds the SUSPICIOUS_TEXT warning for removed hidden controls (see docs/normalisation.md).
     */
    private static Normalized flagHidden(Normalized n, String hidden) {
        List<Normalized.Issue> issues = new ArrayList<>(n.issues());
        issues.add(new Normalized.Issue(WarningCode.SUSPICIOUS_TEXT, "hidden characters removed (" + hidden
                + "): bidi overrides and zero-width characters can make text display differently from what it says"));
        return new Normalized(n.status(), n.text(), n.number(), n.comment(), issues);
    }

    private static boolean isBlank(CellValue cell) {
        return cell.isBlank() || (cell.kind() == CellValue.Kind.STRING && Texts.forParsing(cell.text()).isEmpty())
                || (cell.kind() == CellValue.Kind.NUMBER && cell.number() == null);
    }

    private static Normalized missing(String commentsCell) {
        return new Normalized(AnswerStatus.MISSING, null, null, Texts.joinComment(null, commentsCell), List.of());
    }

    private static Normalized result(Reading r, String commentsCell) {
        if (!r.readable()) {
            return new Normalized(AnswerStatus.UNREADABLE, null, null, Texts.joinComment(null, commentsCell),
                    List.of(new Normalized.Issue(WarningCode.UNREADABLE_VALUE, r.problem())));
        }
        if (r.text() != null && r.text().isEmpty()) return missing(commentsCell);
        return new Normalized(AnswerStatus.ANSWERED, r.text(), r.number(), Texts.joinComment(r.explanation(), commentsCell),
                new ArrayList<>(r.issues()));
    }

    private static String quoted(List<ChoiceOption> options) {
        if (options == null || options.isEmpty()) return "the RFP's options (none given)";
        return String.join(", ", options.stream().map(o -> "'" + o.label() + "'").toList());
    }
}
