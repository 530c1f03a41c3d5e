package org.vendorbench.workbook;

import java.util.List;
import java.util.Map;
import org.vendorbench.domain.normalize.CellValue;

/**
 * A sheet found for a {@link TableSpec}: the sheet, its header row and the column of each key.
 * Data rows are the rows below the header.
 */
public record Table(SheetGrid sheet, int headerRow, Map<String, Integer> columns) {
    public Table {
        columns = Map.copyOf(columns);
    }

    public boolean has(String key) {
        return columns.containsKey(key);
    }

    /** The cell of a column on a row; BLANK when the sheet has no such column. */
    public CellValue cell(int row, String key) {
        Integer c = columns.get(key);
        return c == null ? CellValue.BLANK : sheet.cell(row, c);
    }

    /** The cell's text, trimmed; "" when blank. */
    public String text(int row, String key) {
        CellValue v = cell(row, key);
        if (v.isBlank()) return "";
        return v.displayed() == null ? "" : v.displayed().strip();
    }

    /** The A1 address of a column on a row (top-left of a merged region); null without the column. */
    public String address(int row, String key) {
        Integer c = columns.get(key);
        return c == null ? null : sheet.address(row, c);
    }

    /** The rows below the header that hold anything, ascending. */
    public List<Integer> dataRows() {
        if (headerRow == Integer.MAX_VALUE) return List.of();
        int[] rows = sheet.rowIndices(headerRow + 1, Integer.MAX_VALUE);
        Integer[] boxed = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) boxed[i] = rows[i];
        return List.of(boxed);
    }

    /** True for blank rows and rows with exactly one non-empty cell (titles, notes; §8). */
    public boolean isSkippable(int row) {
        return sheet.distinctNonEmpty(row, 2) <= 1;
    }

    public String sheetName() {
        return sheet.name();
    }
}
