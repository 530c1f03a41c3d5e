package org.vendorbench.domain.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DURATION values in seconds (§3, §8). Text: a plain number is seconds; {@code m:ss} and
 * {@code h:mm:ss} (minutes/seconds after the first part below 60); a number with a unit
 * {@code s sec secs second seconds m min mins minute minutes h hr hrs hour hours}, with or
 * without a space, also chained ({@code 1 min 30 s}, {@code 1m30s}). A numeric cell with a time
 * format is its time of day in seconds (an Excel time 1:30 is 5,400 s), or the whole elapsed
 * time for {@code [h]:mm:ss}-style formats; a date-formatted cell without a time is no duration;
 * any other numeric cell is seconds. A cell counts as time-formatted when the adapter flags it
 * as date-formatted or its format shows hours or seconds. Negative durations are unreadable.
 */
final class DurationReader {
    static final String EXPECTED = "a duration such as 30s or 0:30";
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("s", 1), Map.entry("sec", 1), Map.entry("secs", 1), Map.entry("second", 1), Map.entry("seconds", 1),
            Map.entry("m", 60), Map.entry("min", 60), Map.entry("mins", 60), Map.entry("minute", 60), Map.entry("minutes", 60),
            Map.entry("h", 3600), Map.entry("hr", 3600), Map.entry("hrs", 3600), Map.entry("hour", 3600), Map.entry("hours", 3600));
    private static final Pattern CLOCK = Pattern.compile("^(\\d+):(\\d{1,2})(?::(\\d{1,2}))?(?:[.,](\\d+))?");

    private DurationReader() {}

    static Reading read(CellValue cell) {
        return switch (cell.kind()) {
            case NUMBER -> readNumber(cell);
            case STRING -> readText(cell.text());
            default -> Reading.unreadable(EXPECTED, Reading.got(cell), null);
        };
    }

    private static Reading readNumber(CellValue cell) {
        double n = cell.number();
        if (cell.dateFormatted() || ExcelDates.isTimeFormat(cell.formatString())) {
            if (ExcelDates.isElapsedFormat(cell.formatString())) return seconds(ExcelDates.elapsedSeconds(n), cell);
            if (n < 1 || ExcelDates.isTimeFormat(cell.formatString())) return seconds(ExcelDates.secondsOfDay(n), cell);
            return Reading.unreadable(EXPECTED, Reading.got(cell), "the cell holds a date, not a time");
        }
        return seconds(n, cell);
    }

    private static Reading seconds(double s, CellValue cell) {
        if (s < 0) return Reading.unreadable(EXPECTED, Reading.got(cell), "negative duration");
        return Reading.number(s, "", List.of());
    }

    private static Reading readText(String raw) {
        String s = Texts.forParsing(raw);
        String got = Texts.quote(s);
        Qualifiers.Stripped q = Qualifiers.strip(s);
        String t = q.rest();
        BigDecimal total;
        String comment;
        Matcher clock = CLOCK.matcher(t);
        if (clock.find()) {
            long a = Long.parseLong(clock.group(1)), b = Long.parseLong(clock.group(2));
            Long c = clock.group(3) == null ? null : Long.parseLong(clock.group(3));
            if (b >= 60 || (c != null && c >= 60)) return Reading.unreadable(EXPECTED, got, "minutes and seconds must be below 60");
            long whole = c == null ? a * 60 + b : a * 3600 + b * 60 + c;
            total = BigDecimal.valueOf(whole);
            if (clock.group(4) != null) total = total.add(new BigDecimal("0." + clock.group(4)));
            comment = Remainder.of(t.substring(clock.end()), false);
        } else {
            Chain chain = chain(t);
            if (chain == null) return Reading.unreadable(EXPECTED, got, null);
            total = chain.seconds;
            comment = Remainder.of(t.substring(chain.end), chain.withUnit);
        }
        if (comment == null) return Reading.unreadable(EXPECTED, got, null);
        if (total.signum() < 0) return Reading.unreadable(EXPECTED, got, "negative duration");
        List<Normalized.Issue> issues = new ArrayList<>();
        if (q.qualifier() != null) issues.add(Reading.qualified(q.qualifier(), s));
        return Reading.number(total, comment, issues);
    }

    private record Chain(BigDecimal seconds, int end, boolean withUnit) {}

    /** Number-unit pairs from the start; a single number may go without unit (seconds). */
    private static Chain chain(String t) {
        BigDecimal total = BigDecimal.ZERO;
        int pos = 0, pairs = 0;
        while (true) {
            NumberText.Lead lead = NumberText.leading(t.substring(pos));
            if (lead == null) break;
            int afterNumber = pos + lead.end();
            int u = afterNumber;
            while (u < t.length() && t.charAt(u) == ' ') u++;
            int w = u;
            while (w < t.length() && Character.isLetter(t.charAt(w))) w++;
            Integer factor = UNITS.get(t.substring(u, w).toLowerCase(Locale.ROOT));
            if (factor == null) {
                if (pairs > 0) return null; // "1 min 30": the 30 lacks a unit
                return new Chain(lead.value(), afterNumber, false);
            }
            if (w < t.length() && t.charAt(w) == '.') w++; // "30 sec."
            total = total.add(lead.value().multiply(BigDecimal.valueOf(factor)));
            pairs++;
            pos = w;
            while (pos < t.length() && t.charAt(pos) == ' ') pos++;
            if (pos >= t.length() || !(NumberText.isDigit(t.charAt(pos)))) break;
        }
        return pairs == 0 ? null : new Chain(total, pos, true);
    }
}
