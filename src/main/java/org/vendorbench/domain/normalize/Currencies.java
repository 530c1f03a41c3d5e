package org.vendorbench.domain.normalize;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Currency marks (§8): {@code $} and {@code US$} are USD, {@code €} EUR, {@code £} GBP, else an
 * ISO 4217 code. A code written in capitals is any ISO code; written in lower or mixed case it
 * is taken only for USD, EUR, GBP and the RFP's own currency, so that words such as "all" or
 * "top" after a number are not read as currencies.
 */
final class Currencies {
    private static final Set<String> ISO = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ANY_CASE = Set.of("USD", "EUR", "GBP");
    private static final Pattern BRACKET_SYMBOL = Pattern.compile("\\[\\$([^\\]\\-]*)(?:-[0-9A-Fa-f]+)?]");
    private static final Pattern CODE_IN_QUOTES = Pattern.compile("\"[^\"]*?\\b([A-Z]{3})\\b[^\"]*\"");

    /** A currency mark found at the start of a text: its ISO code and length. */
    record Found(String code, int length) {}

    private Currencies() {}

    /** The currency mark at the start of the text, null when there is none. */
    static Found at(String s, String rfpCurrency) {
        if (s.regionMatches(true, 0, "US$", 0, 3)) return new Found("USD", 3);
        if (s.startsWith("$")) return new Found("USD", 1);
        if (s.startsWith("€")) return new Found("EUR", 1);
        if (s.startsWith("£")) return new Found("GBP", 1);
        if (s.length() >= 3 && Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(1))
                && Character.isLetter(s.charAt(2)) && (s.length() == 3 || !Character.isLetter(s.charAt(3)))) {
            String code = code(s.substring(0, 3), rfpCurrency);
            if (code != null) return new Found(code, 3);
        }
        return null;
    }

    /** The ISO code for three letters, or null (see the class comment for case). */
    static String code(String three, String rfpCurrency) {
        String upper = three.toUpperCase(Locale.ROOT);
        if (!ISO.contains(upper)) return null;
        if (three.equals(upper) || ANY_CASE.contains(upper) || upper.equals(rfpCurrency)) return upper;
        return null;
    }

    /**
     * The currency a number format shows ({@code [$€-407]#,##0.00}, {@code "$"#,##0}, {@code £#,##0},
     * {@code "USD "#,##0}), null when it shows none.
     */
    static String ofFormat(String format) {
        if (format == null) return null;
        String code = BY_FORMAT.get(format);
        if (code == null) {
            code = currencyOfFormat(format);
            if (BY_FORMAT.size() < MAX_FORMATS) BY_FORMAT.put(format, code == null ? NONE : code);
        }
        return code == NONE ? null : code;
    }

    /**
     * {@link #ofFormat} by format: a workbook uses a handful of number formats for thousands of
     * cells, and the answer is a pure function of the format (four regular expressions). Bounded, so
     * odd input cannot grow it without end. {@link #NONE} stands for "no currency".
     */
    private static final java.util.Map<String, String> BY_FORMAT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_FORMATS = 10_000;
    private static final String NONE = new String("");

    /** The uncached rule of {@link #ofFormat}. */
    static String currencyOfFormat(String format) {
        Matcher m = BRACKET_SYMBOL.matcher(format);
        while (m.find()) {
            String symbol = m.group(1).strip();
            if (symbol.isEmpty()) continue;
            Found f = at(symbol, null);
            if (f != null) return f.code();
        }
        String plain = BRACKET_SYMBOL.matcher(format).replaceAll("").replaceAll("\\[[^\\]]*]", "");
        if (plain.contains("€")) return "EUR";
        if (plain.contains("£")) return "GBP";
        if (plain.contains("$")) return "USD";
        Matcher q = CODE_IN_QUOTES.matcher(plain);
        while (q.find()) {
            if (ISO.contains(q.group(1))) return q.group(1);
        }
        return null;
    }
}
