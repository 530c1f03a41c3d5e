package org.vendorbench.domain.normalize;

/**
 * A spreadsheet cell as the workbook adapters hand it to the normaliser, free of POI types.
 * For a formula cell, the adapter passes its cached (or evaluated) result; a formula that could
 * not be evaluated arrives as {@link Kind#ERROR}.
 *
 * @param kind         what the cell holds
 * @param number       the numeric value for NUMBER (Excel dates and times are numbers), else null
 * @param text         the string for STRING, "TRUE"/"FALSE" for BOOLEAN, the error text for ERROR
 * @param formatString the cell's number format (e.g. {@code 0%}, {@code m/d/yyyy}, {@code h:mm}),
 *                     null or "General" when none
 * @param dateFormatted true when the adapter's spreadsheet library says the format is a date/time
 *                     format
 * @param displayed    the cell's text as Excel displays it ({@code ""} for a blank cell)
 */
public record CellValue(Kind kind, Double number, String text, String formatString, boolean dateFormatted,
                        String displayed) {
    public enum Kind { BLANK, NUMBER, STRING, BOOLEAN, ERROR }

    public static final CellValue BLANK = new CellValue(Kind.BLANK, null, null, null, false, "");

    public static CellValue ofText(String s) {
        return s == null || s.isEmpty() ? BLANK : new CellValue(Kind.STRING, null, s, null, false, s);
    }

    public static CellValue ofNumber(double n, String formatString, boolean dateFormatted, String displayed) {
        return new CellValue(Kind.NUMBER, n, null, formatString, dateFormatted, displayed);
    }

    /** Blank, or a string of white space only. */
    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.STRING && (text == null || text.isBlank()));
    }

    /** True when the number format shows the value as a percentage. */
    public boolean percentFormatted() {
        if (formatString == null || formatString.indexOf('%') < 0) return false;
        return formatString.indexOf('"') < 0 || formatString.replaceAll("\"[^\"]*\"", "").contains("%");
    }
}
