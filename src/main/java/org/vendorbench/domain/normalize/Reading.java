package org.vendorbench.domain.normalize;

import java.math.BigDecimal;
import java.util.List;
import org.vendorbench.domain.WarningCode;

/**
 * What one type reader made of a cell, before the Comments cell is joined: a text or a number
 * with the explanation split off and any warnings, or the reason it could not be read.
 */
record Reading(String text, Double number, String explanation, List<Normalized.Issue> issues, String problem) {

    static Reading text(String text, String explanation) {
        return new Reading(text, null, explanation, List.of(), null);
    }

    static Reading number(BigDecimal n, String explanation, List<Normalized.Issue> issues) {
        return new Reading(null, n.stripTrailingZeros().doubleValue() + 0.0, explanation, issues, null);
    }

    /**
     * A finite double is its own value through the decimal round trip of the BigDecimal overload
     * ({@link Double#toString} names it uniquely, so parsing that back gives it again; stripping
     * zeros keeps the value, and {@code + 0.0} turns -0.0 into 0.0 as a BigDecimal zero does), so
     * the decimal is built only for NaN and the infinities (which it refuses).
     */
    static Reading number(double n, String explanation, List<Normalized.Issue> issues) {
        if (Double.isFinite(n)) return new Reading(null, n + 0.0, explanation, issues, null);
        return number(BigDecimal.valueOf(n), explanation, issues);
    }

    /** "expected {expected}, got {got}" and, when given, "({reason})". */
    static Reading unreadable(String expected, String got, String reason) {
        String message = "expected " + expected + ", got " + got + (reason == null ? "" : " (" + reason + ")");
        return new Reading(null, null, null, List.of(), message);
    }

    boolean readable() {
        return problem == null;
    }

    /** The QUALIFIED_VALUE warning for a qualifier dropped from a numeric value. */
    static Normalized.Issue qualified(String qualifier, String raw) {
        return new Normalized.Issue(WarningCode.QUALIFIED_VALUE,
                "qualifier '" + qualifier + "' dropped from " + Texts.quote(raw) + "; the value is read without it");
    }

    /** What a cell held, for a message: the quoted text, or the error it shows. */
    static String got(CellValue cell) {
        return switch (cell.kind()) {
            case ERROR -> "the error " + (cell.text() != null ? cell.text() : cell.displayed());
            case NUMBER -> Texts.quote(cell.displayed() != null && !cell.displayed().isBlank()
                    ? cell.displayed() : plain(cell.number()));
            default -> Texts.quote(Texts.forParsing(cell.text() != null ? cell.text() : cell.displayed()));
        };
    }

    /** A number as plain text without a needless ".0". */
    static String plain(Double n) {
        if (n == null) return "";
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
