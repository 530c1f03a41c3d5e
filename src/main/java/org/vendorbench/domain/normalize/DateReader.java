package org.vendorbench.domain.normalize;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATE values as ISO {@code yyyy-mm-dd} (§3, §8): date cells and bare numbers are Excel serial
 * dates (1900 system, see {@link ExcelDates}), a time of day is dropped; text {@code 2026-03-03}
 * (also {@code 2026/3/3}, with an optional time); {@code a/b/yyyy} and {@code a-b-yyyy} are
 * month/day (US order) unless {@code a} > 12, then day/month; {@code a.b.yyyy} is day.month
 * (the dotted form is European); two-digit years follow Excel (00-29 → 20xx, 30-99 → 19xx);
 * month names in full or abbreviated, before or after the day ({@code March 3, 2026},
 * {@code Mar 3 2026}, {@code 3 March 2026}, {@code 3-Mar-26}, {@code Tuesday, March 3rd, 2026}).
 * A trailing parenthetical is the comment. Impossible dates ({@code 2/30/2026}) are unreadable.
 */
final class DateReader {
    static final String EXPECTED = "a date such as 2026-03-03, 3/3/2026 or March 3, 2026";
    private static final String TIME = "(?:[T ]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp][Mm]|Z|[+\\-]\\d{2}:?\\d{2})?)?";
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME + "$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME + "$");
    private static final Pattern TIME_TOKEN = Pattern.compile("(?i)^(\\d{1,2}:\\d{2}(:\\d{2})?|[ap]\\.?m\\.?)$");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s\\-/,]+");
    private static final Map<String, Integer> MONTHS = months();
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private DateReader() {}

    static Reading read(CellValue cell) {
        return switch (cell.kind()) {
            case NUMBER -> serial(cell.number(), Reading.got(cell));
            case STRING -> readText(cell.text());
            default -> Reading.unreadable(EXPECTED, Reading.got(cell), null);
        };
    }

    /** The ISO date of a cell, null when it is none (for the RFP and Cover readers). */
    static String parse(CellValue cell) {
        if (cell == null) return null;
        Reading r = read(cell);
        return r.readable() ? r.text() : null;
    }

    private static Reading serial(double n, String got) {
        LocalDate d = ExcelDates.toDate(n);
        if (d == null) return Reading.unreadable(EXPECTED, got, "not an Excel serial date of the 1900 system");
        return Reading.text(d.toString(), "");
    }

    private static Reading readText(String raw) {
        String s = Texts.forParsing(raw);
        String got = Texts.quote(s);
        String comment = "";
        int open = s.lastIndexOf(" (");
        if (s.endsWith(")") && open > 0) {
            comment = s.substring(open + 2, s.length() - 1).strip();
            s = Texts.strip(s.substring(0, open));
        }
        if (s.length() > 1 && s.endsWith(".")) s = s.substring(0, s.length() - 1);
        BigDecimal bare = NumberText.parse(s);
        if (bare != null) {
            Reading r = serial(bare.doubleValue(), got);
            return r.readable() ? Reading.text(r.text(), comment) : r;
        }
        Integer[] ymd = ymd(s);
        if (ymd == null) return Reading.unreadable(EXPECTED, got, null);
        try {
            return Reading.text(LocalDate.of(ymd[0], ymd[1], ymd[2]).toString(), comment);
        } catch (DateTimeException e) {
            return Reading.unreadable(EXPECTED, got, "no such date");
        }
    }

    /** Year, month, day as written (not yet checked), or null when the text is no date form. */
    private static Integer[] ymd(String s) {
        Matcher m = ISO.matcher(s);
        if (m.matches()) return new Integer[] {i(m.group(1)), i(m.group(2)), i(m.group(3))};
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            int a = i(m.group(1)), b = i(m.group(3)), y = year(m.group(4));
            boolean dayFirst = m.group(2).equals(".") || a > 12;
            return dayFirst ? new Integer[] {y, b, a} : new Integer[] {y, a, b};
        }
        return named(s);
    }

    /** Dates with a month name: M d y, d M y or y M d, weekday and time of day ignored. */
    private static Integer[] named(String s) {
        String cleaned = ORDINAL.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("$1");
        List<String> tokens = new ArrayList<>();
        for (String tok : TOKEN_SPLIT.split(cleaned)) {
            String t = tok.endsWith(".") && !TIME_TOKEN.matcher(tok).matches() ? tok.substring(0, tok.length() - 1) : tok;
            if (t.isEmpty() || WEEKDAYS.contains(t) || TIME_TOKEN.matcher(t).matches()) continue;
            tokens.add(t);
        }
        if (tokens.size() != 3) return null;
        Integer month;
        if ((month = MONTHS.get(tokens.get(0))) != null && digits(tokens.get(1), 2) && year(tokens.get(2)) != null) {
            return new Integer[] {year(tokens.get(2)), month, i(tokens.get(1))};
        }
        if ((month = MONTHS.get(tokens.get(1))) != null && digits(tokens.get(0), 2) && year(tokens.get(2)) != null) {
            return new Integer[] {year(tokens.get(2)), month, i(tokens.get(0))};
        }
        if ((month = MONTHS.get(tokens.get(1))) != null && digits(tokens.get(0), 4) && tokens.get(0).length() == 4
                && digits(tokens.get(2), 2)) {
            return new Integer[] {i(tokens.get(0)), month, i(tokens.get(2))};
        }
        return null;
    }

    private static boolean digits(String s, int max) {
        return !s.isEmpty() && s.length() <= max && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A four-digit year, or a two-digit one with Excel's pivot; null when neither. */
    private static Integer year(String s) {
        if (s.length() == 4 && digits(s, 4)) return i(s);
        if (s.length() == 2 && digits(s, 2)) {
            int yy = i(s);
            return yy < 30 ? 2000 + yy : 1900 + yy;
        }
        return null;
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int k = 0; k < 12; k++) {
            m.put(names[k], k + 1);
            m.put(names[k].substring(0, 3), k + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
