package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Test helpers to look into a workbook written by a writer. */
final class WrittenWorkbook {
    private static final DataFormatter FMT = new DataFormatter();

    private WrittenWorkbook() {}

    static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) names.add(s.getSheetName());
        return names;
    }

    static String text(Sheet s, String a1) {
        CellAddress a = new CellAddress(a1);
        Row r = s.getRow(a.getRow());
        Cell c = r == null ? null : r.getCell(a.getColumn());
        return c == null ? "" : FMT.formatCellValue(c);
    }

    static Cell cell(Sheet s, String a1) {
        CellAddress a = new CellAddress(a1);
        return s.getRow(a.getRow()).getCell(a.getColumn());
    }

    static List<String> row(Sheet s, int r) {
        List<String> out = new ArrayList<>();
        Row row = s.getRow(r);
        if (row == null) return out;
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : FMT.formatCellValue(cell));
        }
        return out;
    }

    /** Addresses ({@code Sheet!A1}) of every existing cell whose style is unlocked. */
    static List<String> unlockedCells(Workbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (!c.getCellStyle().getLocked()) out.add(s.getSheetName() + "!" + c.getAddress().formatAsString());
                }
            }
        }
        return out;
    }

    /** Every string cell of the workbook. */
    static List<String> allText(Workbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    static boolean hasFormula(Workbook wb) {
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) return true;
                }
            }
        }
        return false;
    }

    /**
     * The list validations of a sheet: cell address → the list (explicit items joined by {@code |},
     * or the formula of a range list).
     */
    static Map<String, String> listValidations(XSSFSheet s) {
        Map<String, String> out = new TreeMap<>();
        for (XSSFDataValidation dv : s.getDataValidations()) {
            var c = dv.getValidationConstraint();
            String list = c.getExplicitListValues() != null ? String.join("|", c.getExplicitListValues()) : c.getFormula1();
            for (var range : dv.getRegions().getCellRangeAddresses()) {
                for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), range.getFirstRow() + 2); r++) {
                    for (int col = range.getFirstColumn(); col <= range.getLastColumn(); col++) {
                        out.put(new CellAddress(r, col).formatAsString(), list);
                    }
                }
            }
        }
        return out;
    }
}
