package org.vendorbench.domain.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PERCENT values in percent units (§3): {@code 85%}, {@code 85 %}, {@code 85 percent} as
 * written; a percent-formatted cell ×100 (0.85 → 85); a plain number or numeric text whose
 * magnitude is below 1 ×100 (0.85 → 85, -0.5 → -50), else as written (a plain 1 is 1 %, 0 is 0).
 */
final class PercentReader {
    static final String EXPECTED = "a percentage such as 85%, 85 or 0.85";
    private static final Pattern PERCENT_WORD = Pattern.compile("(?i)^(%|per\\s?cent\\b|pct\\b)");

    private PercentReader() {}

    static Reading read(CellValue cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.dateFormatted()
                    ? Reading.unreadable(EXPECTED, Reading.got(cell), "the cell holds a date")
                    : Reading.number(cell.percentFormatted() ? hundredfold(cell.number()) : plain(cell.number()), "", List.of());
            case STRING -> readText(cell.text());
            default -> Reading.unreadable(EXPECTED, Reading.got(cell), null);
        };
    }

    /** A plain number in percent units: magnitude below 1 ×100, else as written. */
    static BigDecimal plain(double n) {
        return Math.abs(n) < 1 ? hundredfold(n) : BigDecimal.valueOf(n);
    }

    static BigDecimal hundredfold(double n) {
        return BigDecimal.valueOf(n).movePointRight(2);
    }

    private static Reading readText(String raw) {
        String s = Texts.forParsing(raw);
        Qualifiers.Stripped q = Qualifiers.strip(s);
        NumberText.Lead lead = NumberText.leading(q.rest());
        if (lead == null) return Reading.unreadable(EXPECTED, Texts.quote(s), null);
        String rest = q.rest().substring(lead.end()).stripLeading();
        Matcher m = PERCENT_WORD.matcher(rest);
        boolean explicit = m.find();
        if (explicit) rest = rest.substring(m.end());
        String comment = Remainder.of(rest, explicit);
        if (comment == null) return Reading.unreadable(EXPECTED, Texts.quote(s), null);
        BigDecimal value = explicit ? lead.value() : plain(lead.value().doubleValue());
        List<Normalized.Issue> issues = new ArrayList<>();
        if (q.qualifier() != null) issues.add(Reading.qualified(q.qualifier(), s));
        return Reading.number(value, comment, issues);
    }

    /** Percent units of a Assumptions/Price-weight cell (§8): as written, a percent-formatted cell ×100. */
    static Double assumption(CellValue cell) {
        if (cell == null) return null;
        if (cell.kind() == CellValue.Kind.NUMBER && cell.number() != null && !cell.dateFormatted()) {
            return (cell.percentFormatted() ? hundredfold(cell.number()) : BigDecimal.valueOf(cell.number())).doubleValue();
        }
        if (cell.kind() != CellValue.Kind.STRING) return null;
        String s = Texts.forParsing(cell.text());
        NumberText.Lead lead = NumberText.leading(s);
        if (lead == null) return null;
        String rest = s.substring(lead.end()).strip();
        if (!rest.isEmpty() && !PERCENT_WORD.matcher(rest).matches()) return null;
        return lead.value().doubleValue();
    }
}
