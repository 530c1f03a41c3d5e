package org.vendorbench.domain.normalize;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YES_NO answers (§3, §8) as {@code YES}, {@code NO}, {@code PARTIAL} or {@code NA}. Tokens:
 * Yes, Y, TRUE, x, ✓, ✔, 1; No, N, FALSE, 0, ✗; Partial, Partially; N/A, NA, Not applicable
 * (also {@code N / A}); case-insensitive, longest first, each counting only at the end of the
 * text or before a separator, the rest being the explanation ({@code Yes – see attached}).
 * Boolean cells TRUE/FALSE; numeric cells and numeric text 1/0, any other number is unreadable
 * (so {@code 1.5} is not "1" + "5").
 */
final class YesNoReader {
    static final String EXPECTED = "Yes, No, Partial or N/A";
    private static final Map<String, String> TOKENS = tokens();
    /** The token labels in table order, listed once rather than copied for every answer. */
    private static final List<String> TOKEN_LABELS = List.copyOf(TOKENS.keySet());

    private YesNoReader() {}

    static Reading read(CellValue cell) {
        return switch (cell.kind()) {
            case BOOLEAN -> readText(cell.text());
            case NUMBER -> ofNumber(BigDecimal.valueOf(cell.number()), Reading.got(cell));
            case STRING -> readText(cell.text());
            default -> Reading.unreadable(EXPECTED, Reading.got(cell), null);
        };
    }

    private static Reading ofNumber(BigDecimal n, String got) {
        if (n.compareTo(BigDecimal.ONE) == 0) return Reading.text("YES", "");
        if (n.signum() == 0) return Reading.text("NO", "");
        return Reading.unreadable(EXPECTED, got, null);
    }

    private static Reading readText(String raw) {
        String s = Texts.forParsing(raw);
        BigDecimal n = NumberText.parse(s);
        if (n != null) return ofNumber(n, Texts.quote(s));
        ChoiceMatcher.Match m = ChoiceMatcher.exactOrLongestPrefix(s, TOKEN_LABELS);
        if (m == null) return Reading.unreadable(EXPECTED, Texts.quote(s), null);
        return Reading.text(TOKENS.get(m.label()), m.explanation());
    }

    /** The normalised value of a Y/N-like cell, null when it is none (e.g. the RFP's Mandatory). */
    static String parse(CellValue cell) {
        if (cell == null || cell.isBlank()) return null;
        Reading r = read(cell);
        return r.readable() ? r.text() : null;
    }

    private static Map<String, String> tokens() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String y : List.of("Yes", "Y", "TRUE", "x", "✓", "✔", "1")) t.put(y, "YES");
        for (String n : List.of("No", "N", "FALSE", "0", "✗")) t.put(n, "NO");
        for (String p : List.of("Partial", "Partially")) t.put(p, "PARTIAL");
        for (String a : List.of("N/A", "N / A", "NA", "Not applicable")) t.put(a, "NA");
        return t;
    }
}
