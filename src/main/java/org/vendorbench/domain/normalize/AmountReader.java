package org.vendorbench.domain.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.WarningCode;

/**
 * CURRENCY and NUMBER values (§3, §8): numbers and numeric text with thousands separators, an
 * optional qualifier, a sign or accounting parentheses ({@code (1,250)} is -1250); for CURRENCY
 * also a currency mark before or after the number ({@code $1,250.00}, {@code USD 1,250},
 * {@code 1,250 USD}, {@code 1.250,00 €}). Unit text after the number ({@code /min}) becomes the
 * comment. A currency other than the RFP's gives one FOREIGN_CURRENCY warning, the value is
 * kept unconverted; for a numeric cell the currency is taken from its number format.
 */
final class AmountReader {
    static final String EXPECTED_CURRENCY = "an amount such as 1,250.00, $1,250 or 1,250 USD";
    static final String EXPECTED_NUMBER = "a number such as 1,250 or 12.5";

    private final String rfpCurrency;

    AmountReader(String rfpCurrency) {
        this.rfpCurrency = rfpCurrency;
    }

    Reading currency(CellValue cell) {
        return read(cell, true);
    }

    Reading number(CellValue cell) {
        return read(cell, false);
    }

    private Reading read(CellValue cell, boolean currency) {
        String expected = currency ? EXPECTED_CURRENCY : EXPECTED_NUMBER;
        switch (cell.kind()) {
            case NUMBER -> {
                if (cell.dateFormatted()) return Reading.unreadable(expected, Reading.got(cell), "the cell holds a date");
                List<Normalized.Issue> issues = new ArrayList<>();
                if (currency) foreign(Currencies.ofFormat(cell.formatString()), issues);
                return Reading.number(cell.number(), "", issues);
            }
            case STRING -> {
                return readText(cell.text(), currency, expected);
            }
            default -> {
                return Reading.unreadable(expected, Reading.got(cell), null);
            }
        }
    }

    private Reading readText(String raw, boolean currency, String expected) {
        String s = Texts.forParsing(raw);
        String got = Texts.quote(s);
        Qualifiers.Stripped q = Qualifiers.strip(s);
        String t = q.rest();
        boolean parenthesis = false, negative = false;
        if (t.startsWith("(")) {
            parenthesis = true;
            t = Texts.strip(t.substring(1));
        }
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '\u2212')
                && (t.length() == 1 || !NumberText.isDigit(t.charAt(1)))) {
            negative = true;
            t = Texts.strip(t.substring(1));
        }
        Currencies.Found before = currency ? Currencies.at(t, rfpCurrency) : null;
        if (before != null) t = Texts.strip(t.substring(before.length()));
        else if (negative) return Reading.unreadable(expected, got, null); // a lone sign before no currency mark
        if (before != null && !parenthesis && t.startsWith("(")) { // "$(1,250)"
            parenthesis = true;
            t = Texts.strip(t.substring(1));
        }
        NumberText.Lead lead = NumberText.leading(t);
        if (lead == null) return Reading.unreadable(expected, got, null);
        String rest = t.substring(lead.end()).stripLeading();
        Currencies.Found after = currency ? Currencies.at(rest, rfpCurrency) : null;
        if (after != null) rest = rest.substring(after.length()).stripLeading();
        if (parenthesis) {
            if (!rest.startsWith(")")) return Reading.unreadable(expected, got, "unbalanced parenthesis");
            rest = rest.substring(1);
            negative = !negative;
        }
        if (before != null && after != null && !before.code().equals(after.code())) {
            return Reading.unreadable(expected, got, "two currencies, " + before.code() + " and " + after.code());
        }
        String comment = Remainder.of(rest, true);
        if (comment == null) return Reading.unreadable(expected, got, null);
        BigDecimal value = negative ? lead.value().negate() : lead.value();
        List<Normalized.Issue> issues = new ArrayList<>();
        if (q.qualifier() != null) issues.add(Reading.qualified(q.qualifier(), s));
        if (currency) foreign(before != null ? before.code() : after != null ? after.code() : null, issues);
        return Reading.number(value, comment, issues);
    }

    private void foreign(String code, List<Normalized.Issue> issues) {
        if (code != null && !code.equals(rfpCurrency)) {
            issues.add(new Normalized.Issue(WarningCode.FOREIGN_CURRENCY,
                    "amount in " + code + ", the RFP's currency is " + rfpCurrency + "; the value is kept unconverted"));
        }
    }
}
