package org.vendorbench.workbook;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.vendorbench.domain.normalize.CellValue;

/**
 * Builds {@link CellValue}s the same way for both loaders, so that the usermodel and the streaming
 * reader give identical grids: the displayed text comes from POI's {@link DataFormatter} applied to
 * the value and the cell's number format. Dates of a 1904-based workbook are shifted to the 1900
 * serial numbers the rest of the program assumes.
 */
final class CellValues {
    /** Days between the 1900 and the 1904 date systems. */
    private static final double DAYS_1904 = 1462;

    /** Created on the first number that needs it: most cells of a response are text. */
    private DataFormatter formatter;
    private final boolean date1904;
    /** Whether a format is a date format, by format index and string (POI's test parses the string). */
    private final java.util.Map<Format, Boolean> dateFormats = new java.util.HashMap<>();
    /** Displayed text by format and value: responses repeat the same few numbers in the same formats. */
    private final java.util.Map<Shown, String> shown = new java.util.HashMap<>();
    /** Bounds {@link #shown} (a hostile sheet of a million distinct numbers must not grow it). */
    static final int MAX_SHOWN = 4096;

    private record Format(int index, String format) {}

    private record Shown(int formatIndex, String format, double value) {}

    CellValues(boolean date1904) {
        this.date1904 = date1904;
    }

    /**
     * True when a date format shows a calendar date (year or day), not only a time of day or an
     * elapsed time ({@code [h]:mm:ss}), which must not be shifted between date systems.
     */
    static boolean hasDatePart(String fmt) {
        String f = fmt.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return f.indexOf('y') >= 0 || f.indexOf('d') >= 0;
    }

    CellValue text(String s) {
        if (s == null || s.isEmpty()) return CellValue.BLANK;
        return new CellValue(CellValue.Kind.STRING, null, s, null, false, s);
    }

    CellValue bool(boolean b) {
        String t = b ? "TRUE" : "FALSE";
        return new CellValue(CellValue.Kind.BOOLEAN, null, t, null, false, t);
    }

    CellValue error(String text) {
        String t = text == null || text.isEmpty() ? "#VALUE!" : text;
        return new CellValue(CellValue.Kind.ERROR, null, t, null, false, t);
    }

    /** A formula that could not be evaluated: ERROR, displayed as its formula text. */
    CellValue unevaluable(String formula) {
        String shown = formula == null ? "#VALUE!" : "=" + formula;
        return new CellValue(CellValue.Kind.ERROR, null, shown, null, false, shown);
    }

    CellValue number(double n, int formatIndex, String formatString) {
        String fmt = formatString == null || formatString.isEmpty() ? "General" : formatString;
        boolean isDate = isDateFormat(formatIndex, fmt) && DateUtil.isValidExcelDate(n);
        String displayed = displayed(n, formatIndex, fmt);
        double value = isDate && date1904 && hasDatePart(fmt) ? n + DAYS_1904 : n;
        return new CellValue(CellValue.Kind.NUMBER, value, null, fmt, isDate, displayed);
    }

    private boolean isDateFormat(int formatIndex, String fmt) {
        if (formatIndex == 0 && fmt.equals("General")) return false;
        return dateFormats.computeIfAbsent(new Format(formatIndex, fmt), k -> DateUtil.isADateFormat(formatIndex, fmt));
    }

    /**
     * The text Excel shows, as POI's {@link DataFormatter} gives it. A whole number of fewer than
     * 11 digits in the General format is its digits (what DataFormatter gives, checked by
     * {@code CellValuesTest}); other values are formatted once per format and value.
     */
    String displayed(double n, int formatIndex, String fmt) {
        if (formatIndex == 0 && fmt.equals("General") && n == Math.rint(n) && Math.abs(n) < 1e10
                && Double.doubleToRawLongBits(n) != NEGATIVE_ZERO) {
            return Long.toString((long) n);
        }
        Shown key = new Shown(formatIndex, fmt, n);
        String s = shown.get(key);
        if (s == null) {
            if (formatter == null) formatter = new DataFormatter(java.util.Locale.US);
            s = formatter.formatRawCellContents(n, formatIndex, fmt, date1904);
            if (shown.size() < MAX_SHOWN) shown.put(key, s);
        }
        return s;
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
}
