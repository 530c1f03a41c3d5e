package org.vendorbench.workbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Test helper: writes workbooks cell by cell with POI. */
final class Books {
    private Books() {}

    /** A formula cell; {@code cache} true evaluates it so the file carries a cached value. */
    record F(String formula, boolean cache) {}

    /** A number with a data format, e.g. {@code new Fmt(0.85, "0%")}. */
    record Fmt(double value, String format) {}

    static Sheet sheet(Workbook wb, String name, List<Object[]> rows) {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Object[] vals = rows.get(r);
            if (vals == null) continue;
            Row row = s.createRow(r);
            for (int c = 0; c < vals.length; c++) set(wb, row, c, vals[c]);
        }
        return s;
    }

    static Sheet sheet(Workbook wb, String name, Object[]... rows) {
        return sheet(wb, name, List.of(rows));
    }

    static void set(Workbook wb, Row row, int c, Object v) {
        if (v == null) return;
        Cell cell = row.createCell(c);
        if (v instanceof String s) cell.setCellValue(s);
        else if (v instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (v instanceof Boolean b) cell.setCellValue(b);
        else if (v instanceof Fmt f) {
            cell.setCellValue(f.value());
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat(f.format()));
            cell.setCellStyle(st);
        } else if (v instanceof F f) {
            cell.setCellFormula(f.formula());
            if (f.cache()) wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        } else throw new IllegalArgumentException(String.valueOf(v));
    }

    static Path save(Workbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    static Object[] row(Object... v) {
        return v;
    }

    static List<Object[]> rows(Object[]... r) {
        return new ArrayList<>(List.of(r));
    }
}
