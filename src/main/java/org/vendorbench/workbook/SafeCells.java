package org.vendorbench.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one place where untrusted text (vendor answers, vendor names, requirement text of an
 * imported RFP) is written into a spreadsheet cell or a CSV field, so that a value such as
 * {@code =cmd|' /c calc'!A1} can never become a formula.
 *
 * <p>Workbooks: the value is always written as a STRING cell, unchanged, and never as a
 * hyperlink. When it starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or NUL the
 * cell gets a style with {@code quotePrefix} set (Excel's own "leading apostrophe" flag): Excel
 * and LibreOffice show and keep the text as text even when the user edits the cell, yet the
 * stored value is exactly the original, so an export/import round trip is lossless. Text longer
 * than Excel's cell limit (32,767 characters) is cut and ends with {@link #TRUNCATION_MARKER};
 * control characters XML cannot hold (NUL…) become U+FFFD.
 *
 * <p>CSV has no styles, so {@link #csvField(String)} prepends a real {@code '} to such text and
 * then quotes the field as RFC 4180 says.
 *
 * <p>An instance belongs to one workbook and caches the quote-prefixed variants of its cell
 * styles (a workbook holds at most 64,000 styles).
 */
public final class SafeCells {
    /** Excel's maximum number of characters in a cell. */
    public static final int MAX_CELL_TEXT = 32_767;
    /** Appended to text that was cut to fit a cell. */
    public static final String TRUNCATION_MARKER = " [… truncated by Vendorbench]";

    private static final Pattern XML_INVALID = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final Workbook workbook;
    private final Map<Integer, CellStyle> quotedStyles = new HashMap<>();

    public SafeCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** True when spreadsheet software could read the text as a formula or a command. */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) return false;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    }

    /**
     * The text as a cell can hold it: characters XML 1.0 cannot carry (NUL and the other C0
     * controls but tab, LF and CR) become U+FFFD, so what is written is what is read back; then
     * cut to {@link #MAX_CELL_TEXT} characters, ending with the marker when cut.
     */
    public static String fitToCell(String text) {
        if (text == null) return null;
        text = XML_INVALID.matcher(text).replaceAll("\uFFFD");
        if (text.length() <= MAX_CELL_TEXT) return text;
        int keep = MAX_CELL_TEXT - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) keep--;
        return text.substring(0, keep) + TRUNCATION_MARKER;
    }

    /**
     * Writes untrusted text into the cell as a STRING (blank for null or empty text), keeping
     * the cell's style and adding the quote prefix when the text is dangerous. Removes any
     * hyperlink the cell had.
     */
    public void setText(Cell cell, String text) {
        if (cell.getHyperlink() != null) cell.removeHyperlink();
        if (text == null || text.isEmpty()) {
            cell.setBlank();
            return;
        }
        cell.setCellValue(fitToCell(text));
        if (isDangerous(text) && !cell.getCellStyle().getQuotePrefixed()) {
            cell.setCellStyle(quoted(cell.getCellStyle()));
        }
    }

    /** Writes untrusted text with the given base style (the quote prefix is added when needed). */
    public void setText(Cell cell, String text, CellStyle style) {
        cell.setCellStyle(style);
        setText(cell, text);
    }

    private CellStyle quoted(CellStyle base) {
        return quotedStyles.computeIfAbsent((int) base.getIndex(), i -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(true);
            return s;
        });
    }

    /**
     * One CSV field: a dangerous text gets a leading {@code '}; the field is then quoted when it
     * holds a comma, a double quote, CR or LF (RFC 4180), with inner quotes doubled. Null is an
     * empty field.
     */
    public static String csvField(String text) {
        if (text == null) return "";
        String t = isDangerous(text) ? "'" + text : text;
        boolean quote = t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0;
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    /** One CSV record of escaped fields, without the line break (RFC 4180 uses CRLF between records). */
    public static String csvRow(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(csvField(fields.get(i)));
        }
        return sb.toString();
    }
}
