package org.vendorbench.workbook;

import org.vendorbench.domain.normalize.CellValue;

/**
 * The data rows of a found {@link Table} with the cells of a few of its columns, each read once:
 * the response reader matches every row by its ID and text, then reads the winning rows' value and
 * comments, and each of those went through the sheet's maps again ({@link Table#cell}). Row {@code i}
 * here is the {@code i}-th data row ({@link Table#dataRows}); every method gives what the
 * {@link Table} method of the same name gives for that row.
 */
final class TableRows {
    private final Table table;
    private final String[] keys;
    private final int[] rows;
    private final int[] cols;
    /** The keys of distinct non-negative columns (the first key of each column), for the skippable shortcut. */
    private final int[] distinctKeys;
    private final CellValue[] cells;

    private TableRows(Table table, String[] keys) {
        this.table = table;
        this.keys = keys.clone();
        SheetGrid sheet = table.sheet();
        this.cols = new int[keys.length];
        int[] distinct = new int[keys.length];
        int nDistinct = 0;
        for (int k = 0; k < keys.length; k++) {
            Integer c = keys[k] == null ? null : table.columns().get(keys[k]);
            cols[k] = c == null ? -1 : c;
            boolean seen = cols[k] < 0;
            for (int j = 0; j < nDistinct && !seen; j++) seen = cols[distinct[j]] == cols[k];
            if (!seen) distinct[nDistinct++] = k;
        }
        this.distinctKeys = java.util.Arrays.copyOf(distinct, nDistinct);
        if (table.headerRow() == Integer.MAX_VALUE) {
            this.rows = new int[0];
            this.cells = new CellValue[0];
        } else {
            SheetGrid.RowCells read = sheet.rowsFrom(table.headerRow() + 1, cols);
            this.rows = read.rows();
            this.cells = read.cells();
        }
    }

    /** Reads the data rows of {@code table} at the columns of {@code keys} (a null or absent key reads BLANK). */
    static TableRows of(Table table, String... keys) {
        return new TableRows(table, keys);
    }

    Table table() {
        return table;
    }

    int size() {
        return rows.length;
    }

    /** The sheet row (0-based) of data row {@code i}. */
    int row(int i) {
        return rows[i];
    }

    /** {@link Table#has} of key {@code k}. */
    boolean has(int k) {
        return cols[k] >= 0;
    }

    /** {@link Table#cell} of data row {@code i}, key {@code k}. */
    CellValue cell(int i, int k) {
        return cells[i * keys.length + k];
    }

    /** {@link Table#text} of data row {@code i}, key {@code k}. */
    String text(int i, int k) {
        CellValue v = cell(i, k);
        if (v.isBlank()) return "";
        return v.displayed() == null ? "" : v.displayed().strip();
    }

    /** {@link Table#address} of data row {@code i}, key {@code k}. */
    String address(int i, int k) {
        return cols[k] < 0 ? null : table.sheet().address(rows[i], cols[k]);
    }

    /**
     * {@link Table#isSkippable} of data row {@code i}. Two non-blank cells already read, in distinct
     * columns neither of which is the follower of a merged region, are two distinct non-empty cells:
     * the row is not skippable and the sheet need not be walked; otherwise the full count decides.
     */
    boolean skippable(int i) {
        SheetGrid sheet = table.sheet();
        int row = rows[i];
        int nonBlank = 0;
        for (int k : distinctKeys) {
            if (!cell(i, k).isBlank() && !sheet.isMergeFollower(row, cols[k]) && ++nonBlank == 2) return false;
        }
        return sheet.distinctNonEmpty(row, 2) <= 1;
    }
}
