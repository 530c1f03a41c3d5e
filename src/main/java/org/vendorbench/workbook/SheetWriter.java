package org.vendorbench.workbook;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Shared building blocks of the workbook writers: one set of cell styles per workbook (locked
 * read-only copies, unlocked vendor/buyer input cells, header, dates), header rows with frozen
 * panes, column widths, drop-down lists and sheet protection. All text goes through
 * {@link SafeCells}.
 */
final class SheetWriter {
    /** Name of the very hidden sheet that holds drop-down lists too long for an inline list. */
    static final String LISTS_SHEET = "_lists";
    private static final int INLINE_LIST_LIMIT = 250;

    final XSSFWorkbook wb;
    final SafeCells safe;
    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    final CellStyle editable;
    final CellStyle number;
    final CellStyle editableNumber;
    final CellStyle date;
    final CellStyle editableDate;
    private XSSFSheet lists;
    private int listColumns;

    SheetWriter(XSSFWorkbook wb) {
        this.wb = wb;
        this.safe = new SafeCells(wb);
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setLocked(true);

        title = wb.createCellStyle();
        title.setFont(big);
        title.setLocked(true);

        text = wb.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setLocked(true);

        editable = wb.createCellStyle();
        editable.cloneStyleFrom(text);
        editable.setLocked(false);
        editable.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        editable.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        number = wb.createCellStyle();
        number.cloneStyleFrom(text);
        number.setDataFormat(wb.createDataFormat().getFormat("General"));

        editableNumber = wb.createCellStyle();
        editableNumber.cloneStyleFrom(editable);

        date = wb.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

        editableDate = wb.createCellStyle();
        editableDate.cloneStyleFrom(editable);
        editableDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** A new sheet with a bold header row, frozen below the header, and the given column widths (characters). */
    XSSFSheet table(String name, List<String> headers, int[] widths) {
        XSSFSheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            safe.setText(h.createCell(c), headers.get(c), header);
        }
        s.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) s.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        return s;
    }

    Row row(Sheet s, int r) {
        Row row = s.getRow(r);
        return row == null ? s.createRow(r) : row;
    }

    void text(Row row, int col, String value, CellStyle style) {
        safe.setText(row.createCell(col), value, style);
    }

    void number(Row row, int col, Double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (value != null) c.setCellValue(value);
    }

    void date(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (value != null) c.setCellValue(value);
    }

    /**
     * A drop-down list on the cells of one column (rows first..last, 0-based). Short lists are
     * written inline; long ones, or ones whose items hold commas or quotes, are referenced from
     * the very hidden {@value #LISTS_SHEET} sheet. Other input is allowed after a warning, since
     * answers such as "Yes – see attached" are valid.
     */
    void dropDown(Sheet s, int firstRow, int lastRow, int col, List<String> items) {
        if (items.isEmpty() || lastRow < firstRow) return;
        DataValidationHelper dvh = s.getDataValidationHelper();
        DataValidationConstraint constraint;
        boolean inline = String.join(",", items).length() <= INLINE_LIST_LIMIT
                && items.stream().noneMatch(i -> i.contains(",") || i.contains("\"") || SafeCells.isDangerous(i));
        if (inline) {
            constraint = dvh.createExplicitListConstraint(items.toArray(String[]::new));
        } else {
            constraint = dvh.createFormulaListConstraint(listRange(items));
        }
        DataValidation dv = dvh.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, col, col));
        dv.setSuppressDropDownArrow(true); // XSSF: writes showDropDown=false, i.e. the arrow is shown
        dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        dv.createErrorBox("Not in the list", "This value is not one of the listed answers. Keep it anyway?");
        dv.setShowErrorBox(true);
        s.addValidationData(dv);
    }

    private String listRange(List<String> items) {
        if (lists == null) {
            lists = wb.createSheet(LISTS_SHEET);
            wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
        }
        int col = listColumns++;
        if (col >= SpreadsheetVersion.EXCEL2007.getMaxColumns()) throw new IllegalStateException("too many lists");
        for (int i = 0; i < items.size(); i++) {
            safe.setText(row(lists, i).createCell(col), items.get(i), text);
        }
        String letter = CellReference.convertNumToColString(col);
        return "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + items.size();
    }

    /** Protects the sheet; only cells with an unlocked style stay editable. Columns and rows may still be resized. */
    void protect(XSSFSheet s, String password) {
        s.protectSheet(password);
        s.lockFormatColumns(false);
        s.lockFormatRows(false);
    }

    /** Puts the list sheet, when there is one, after every other sheet. Call once all sheets exist. */
    void finish() {
        if (lists != null) wb.setSheetOrder(LISTS_SHEET, wb.getNumberOfSheets() - 1);
    }
}
