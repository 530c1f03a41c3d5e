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

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.US);
    private final boolean date1904;

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
        boolean isDate = DateUtil.isADateFormat(formatIndex, fmt) && DateUtil.isValidExcelDate(n);
        String displayed = formatter.formatRawCellContents(n, formatIndex, fmt, date1904);
        double value = isDate && date1904 && hasDatePart(fmt) ? n + DAYS_1904 : n;
        return new CellValue(CellValue.Kind.NUMBER, value, null, fmt, isDate, displayed);
    }
}
