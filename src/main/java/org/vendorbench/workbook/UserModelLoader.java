package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.normalize.CellValue;

/**
 * Turns an open POI {@link Workbook} (xls, xlsx, xlsm, decrypted) into a {@link WorkbookGrid}.
 * Formula cells give their cached value; a formula without one is evaluated with POI's
 * {@link FormulaEvaluator}; a failed evaluation (unsupported function, external link) becomes an
 * ERROR cell, which the readers report as {@code UNREADABLE_VALUE} (workbook-format.md §3, §8).
 */
final class UserModelLoader {
    private UserModelLoader() {}

    static WorkbookGrid toGrid(String fileName, Workbook wb) {
        boolean date1904 = wb instanceof XSSFWorkbook x ? x.isDate1904()
                : wb instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
        CellValues values = new CellValues(date1904);
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        evaluator.setIgnoreMissingWorkbooks(false);
        List<SheetGrid> sheets = new ArrayList<>();
        CellBudget budget = new CellBudget();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
            SheetGrid grid = new SheetGrid(sheet.getSheetName(), hidden, i, budget);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    grid.put(cell.getRowIndex(), cell.getColumnIndex(), value(cell, values, evaluator));
                }
            }
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                grid.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
            }
            sheets.add(grid);
        }
        return new WorkbookGrid(fileName, sheets);
    }

    private static CellValue value(Cell cell, CellValues values, FormulaEvaluator evaluator) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (!hasCachedValue(cell)) return evaluate(cell, values, evaluator);
            type = cell.getCachedFormulaResultType();
        }
        CellStyle style = cell.getCellStyle();
        switch (type) {
            case NUMERIC:
                return style == null ? values.number(cell.getNumericCellValue(), 0, "General")
                        : values.number(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            case STRING:
                return values.text(cell.getRichStringCellValue().getString());
            case BOOLEAN:
                return values.bool(cell.getBooleanCellValue());
            case ERROR:
                return values.error(errorText(cell.getErrorCellValue()));
            default:
                return CellValue.BLANK;
        }
    }

    /** XSSF formula cells written without a {@code <v>} element have no cached result. */
    static boolean hasCachedValue(Cell cell) {
        if (cell instanceof XSSFCell x) {
            return x.getCTCell().isSetV();
        }
        return true; // HSSF formula records always carry their last result
    }

    private static CellValue evaluate(Cell cell, CellValues values, FormulaEvaluator evaluator) {
        String formula;
        try {
            formula = cell.getCellFormula();
        } catch (RuntimeException e) {
            formula = null;
        }
        try {
            org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
            if (v == null) return CellValue.BLANK;
            CellStyle style = cell.getCellStyle();
            return switch (v.getCellType()) {
                case NUMERIC -> style == null ? values.number(v.getNumberValue(), 0, "General")
                        : values.number(v.getNumberValue(), style.getDataFormat(), style.getDataFormatString());
                case STRING -> values.text(v.getStringValue());
                case BOOLEAN -> values.bool(v.getBooleanValue());
                case ERROR -> values.error(errorText(v.getErrorValue()));
                default -> CellValue.BLANK;
            };
        } catch (RuntimeException | StackOverflowError e) {
            return values.unevaluable(formula);
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#VALUE!";
        }
    }
}
