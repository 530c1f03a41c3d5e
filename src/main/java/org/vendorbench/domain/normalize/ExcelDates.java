package org.vendorbench.domain.normalize;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Excel serial dates and times in the 1900 date system, done here so the domain needs no
 * spreadsheet library. Serial 1 is 1900-01-01; Excel counts a fictitious 1900-02-29 as serial
 * 60, so serials 1-59 are off by one against 61 and later (61 is 1900-03-01). Serial 60 is no
 * real date and yields null, as do serials below 1 (times only) and beyond 9999-12-31.
 * The fraction of a serial is the time of day.
 */
public final class ExcelDates {
    private static final LocalDate BEFORE_1 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_FROM_61 = LocalDate.of(1899, 12, 30);
    private static final long MAX_SERIAL = 2958465; // 9999-12-31
    private static final long MS_PER_DAY = 86_400_000L;

    private ExcelDates() {}

    /** The date part of a serial, or null (see the class comment). */
    public static LocalDate toDate(double serial) {
        if (Double.isNaN(serial) || Double.isInfinite(serial)) return null;
        long day = Math.floorDiv(Math.round(serial * MS_PER_DAY), MS_PER_DAY);
        if (day < 1 || day == 60 || day > MAX_SERIAL) return null;
        return day < 60 ? BEFORE_1.plusDays(day) : EPOCH_FROM_61.plusDays(day);
    }

    /** The serial of a date (the inverse of {@link #toDate} for dates from 1900-01-01). */
    public static double toSerial(LocalDate date) {
        long days = ChronoUnit.DAYS.between(EPOCH_FROM_61, date);
        return days < 61 ? ChronoUnit.DAYS.between(BEFORE_1, date) : days;
    }

    /** The time of day of a serial in seconds (to the millisecond). */
    public static double secondsOfDay(double serial) {
        long ms = Math.floorMod(Math.round(serial * MS_PER_DAY), MS_PER_DAY);
        return ms / 1000.0;
    }

    /** A whole serial as elapsed seconds (to the millisecond), for {@code [h]:mm:ss} formats. */
    public static double elapsedSeconds(double serial) {
        return Math.round(serial * MS_PER_DAY) / 1000.0;
    }

    /** True when a number format shows hours or seconds ({@code h:mm}, {@code mm:ss}, {@code [h]:mm:ss}). */
    public static boolean isTimeFormat(String format) {
        if (format == null) return timeFormat(null);
        Boolean cached = TIME_FORMATS.get(format);
        if (cached == null) {
            cached = timeFormat(format);
            if (TIME_FORMATS.size() < MAX_FORMATS) TIME_FORMATS.put(format, cached);
        }
        return cached;
    }

    /**
     * {@link #isTimeFormat} by format: a pure function of a format (four regular expressions), asked
     * for every number cell of a duration answer, over the few formats a workbook uses. Bounded.
     */
    private static final java.util.Map<String, Boolean> TIME_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_FORMATS = 10_000;

    /** The uncached rule of {@link #isTimeFormat}. */
    static boolean timeFormat(String format) {
        String f = codes(format);
        return f.indexOf('h') >= 0 || f.indexOf('s') >= 0;
    }

    /** True when a number format shows elapsed time ({@code [h]:mm}, {@code [mm]:ss}, {@code [ss]}). */
    public static boolean isElapsedFormat(String format) {
        return format != null && format.toLowerCase(Locale.ROOT).matches(".*\\[(h+|m+|s+)].*");
    }

    /** The format codes without quoted literals, escaped characters and bracketed sections. */
    private static String codes(String format) {
        if (format == null) return "";
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
        f = f.replaceAll("(?i)\\[(h+|m+|s+)]", "$1").replaceAll("\\[[^\\]]*]", "");
        return f.toLowerCase(Locale.ROOT);
    }
}
