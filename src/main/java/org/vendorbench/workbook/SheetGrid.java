package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vendorbench.domain.normalize.CellValue;

/**
 * One worksheet as a sparse grid of {@link CellValue}s, free of POI types, so the readers work the
 * same whichever loader (usermodel or streaming) produced it. Rows and columns are 0-based.
 * Merged regions give the top-left value to every cell of the region (workbook-format.md §3), and
 * {@link #address} names the top-left cell for any cell of a region (§8).
 */
public final class SheetGrid {
    private final String name;
    private final boolean hidden;
    private final int tabIndex;
    /** Stored rows by index; each row's cells in a small sorted array (a 400-row sheet has ~2,000 cells). */
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    /** The row {@link #put} wrote last: a sheet's cells arrive row after row. */
    private Row lastRow;
    private int lastRowIndex = -1;
    private final List<int[]> merged = new ArrayList<>();
    /** cell key (row * 16384 + col) of a merged follower → key of its region's top-left cell. */
    private final Map<Long, Long> mergeOrigin = new HashMap<>();
    /** Rows that some merged region covers: only these need the merge-aware count. */
    private final java.util.BitSet mergedRows = new java.util.BitSet();

    private final CellBudget budget;

    SheetGrid(String name, boolean hidden, int tabIndex, CellBudget budget) {
        this.name = name;
        this.hidden = hidden;
        this.tabIndex = tabIndex;
        this.budget = budget;
    }

    /** The sheet's real name, as the workbook writes it. */
    public String name() { return name; }

    public boolean hidden() { return hidden; }

    public int tabIndex() { return tabIndex; }

    /** Sets a cell read from the file (blank values are not stored). */
    public void put(int row, int col, CellValue value) {
        if (value == null || value.kind() == CellValue.Kind.BLANK) return;
        budget.spend(1);
        if (row != lastRowIndex || lastRow == null) {
            lastRow = rows.computeIfAbsent(row, r -> new Row());
            lastRowIndex = row;
        }
        lastRow.put(col, value);
    }

    /**
     * One row's stored cells as parallel arrays sorted by column: a cell costs two array slots
     * instead of a tree entry and a boxed column (the sheet's maps were most of the reading).
     */
    private static final class Row {
        private int[] cols = new int[8];
        private CellValue[] values = new CellValue[8];
        private int size;

        void put(int col, CellValue value) {
            int at = size == 0 || col > cols[size - 1] ? size : java.util.Arrays.binarySearch(cols, 0, size, col);
            if (at >= 0 && at < size) {
                values[at] = value;
                return;
            }
            int insert = at == size ? size : -at - 1;
            if (size == cols.length) {
                cols = java.util.Arrays.copyOf(cols, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(cols, insert, cols, insert + 1, size - insert);
            System.arraycopy(values, insert, values, insert + 1, size - insert);
            cols[insert] = col;
            values[insert] = value;
            size++;
        }

        /** The value at {@code col}, null when none is stored. */
        CellValue get(int col) {
            if (size <= 8) {
                for (int i = 0; i < size; i++) {
                    if (cols[i] == col) return values[i];
                    if (cols[i] > col) return null;
                }
                return null;
            }
            int i = java.util.Arrays.binarySearch(cols, 0, size, col);
            return i >= 0 ? values[i] : null;
        }

        Map<Integer, CellValue> asMap() {
            Map<Integer, CellValue> m = new TreeMap<>();
            for (int i = 0; i < size; i++) m.put(cols[i], values[i]);
            return Collections.unmodifiableMap(m);
        }
    }

    /** Records a merged region (inclusive bounds); call after every cell is put. */
    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow > lastRow || firstCol > lastCol) return;
        // every cell of a region is indexed: the budget stops a huge A1:XFD1048576 from filling the heap
        long cells = (long) (lastRow - firstRow + 1) * (lastCol - firstCol + 1);
        budget.spend(cells);
        merged.add(new int[] {firstRow, lastRow, firstCol, lastCol});
        mergedRows.set(firstRow, lastRow + 1);
        long origin = key(firstRow, firstCol);
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                if (r == firstRow && c == firstCol) continue;
                mergeOrigin.put(key(r, c), origin);
            }
        }
    }

    /** True when some merged region covers the row (only then can a cell be a merge follower). */
    private boolean inMergedRow(int row) {
        return row >= 0 && mergedRows.get(row);
    }

    private static long key(int row, int col) {
        return (long) row * 16384L + col;
    }

    /** The cell's value, the top-left value for a cell inside a merged region, BLANK when empty. */
    public CellValue cell(int row, int col) {
        Long origin = inMergedRow(row) ? mergeOrigin.get(key(row, col)) : null;
        if (origin != null) {
            row = (int) (origin / 16384L);
            col = (int) (origin % 16384L);
        }
        Row r = rows.get(row);
        if (r == null) return CellValue.BLANK;
        CellValue v = r.get(col);
        return v == null ? CellValue.BLANK : v;
    }

    /** True when the cell lies inside a merged region but is not its top-left cell. */
    public boolean isMergeFollower(int row, int col) {
        return inMergedRow(row) && mergeOrigin.containsKey(key(row, col));
    }

    /** The A1 address of a cell, the top-left of its merged region when it lies in one. */
    public String address(int row, int col) {
        Long origin = inMergedRow(row) ? mergeOrigin.get(key(row, col)) : null;
        if (origin != null) {
            row = (int) (origin / 16384L);
            col = (int) (origin % 16384L);
        }
        return A1.address(row, col);
    }

    /** Indices of rows that hold at least one stored cell or merged-region cell, ascending. */
    public List<Integer> rowIndices() {
        if (merged.isEmpty()) return new ArrayList<>(rows.keySet());
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(rows.keySet());
        for (int[] m : merged) {
            for (int r = m[0]; r <= m[1]; r++) all.add(r);
        }
        return new ArrayList<>(all);
    }

    /**
     * The rows {@code first..last} (inclusive) of {@link #rowIndices()}, ascending, without listing
     * the rows outside: the header search looks at the first 30 rows and a table reads the rows below
     * its header.
     */
    public int[] rowIndices(int first, int last) {
        if (first > last) return new int[0];
        java.util.NavigableSet<Integer> stored = rows.navigableKeySet().subSet(first, true, last, true);
        if (merged.isEmpty()) {
            int[] out = new int[Math.min(rows.size(), 64)]; // a sub-set's size() walks it: grow instead
            int i = 0;
            for (int r : stored) {
                if (i == out.length) out = java.util.Arrays.copyOf(out, Math.max(8, i * 2));
                out[i++] = r;
            }
            return i == out.length ? out : java.util.Arrays.copyOf(out, i);
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(stored);
        for (int[] m : merged) {
            for (long r = Math.max(m[0], first); r <= Math.min(m[1], last); r++) all.add((int) r);
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The cells of one row at several columns, as {@link #cell} gives each ({@code BLANK} for a
     * negative column), written to {@code out} from {@code at}: the row is looked up once.
     */
    void cells(int row, int[] cols, CellValue[] out, int at) {
        if (inMergedRow(row)) {
            for (int k = 0; k < cols.length; k++) out[at + k] = cols[k] < 0 ? CellValue.BLANK : cell(row, cols[k]);
            return;
        }
        Row r = rows.get(row);
        for (int k = 0; k < cols.length; k++) {
            CellValue v = r == null || cols[k] < 0 ? null : r.get(cols[k]);
            out[at + k] = v == null ? CellValue.BLANK : v;
        }
    }

    /** Rows and, row after row, their cells at some columns: what {@link #rowsFrom} gives. */
    record RowCells(int[] rows, CellValue[] cells) {}

    /**
     * The rows from {@code first} on ({@link #rowIndices(int, int)} up to the last row) and, for each
     * row, its cells at {@code cols} as {@link #cells} gives them, {@code cols.length} per row. Without
     * merged regions this is one walk over the stored rows instead of a lookup per row.
     */
    RowCells rowsFrom(int first, int[] cols) {
        int width = cols.length;
        if (!merged.isEmpty()) {
            int[] rs = rowIndices(first, Integer.MAX_VALUE);
            CellValue[] cs = new CellValue[rs.length * width];
            for (int i = 0; i < rs.length; i++) cells(rs[i], cols, cs, i * width);
            return new RowCells(rs, cs);
        }
        int[] rs = new int[Math.min(rows.size(), 64)];
        CellValue[] cs = new CellValue[rs.length * width];
        int n = 0;
        for (Map.Entry<Integer, Row> e : rows.tailMap(first, true).entrySet()) {
            if (n == rs.length) {
                rs = java.util.Arrays.copyOf(rs, Math.max(8, n * 2));
                cs = java.util.Arrays.copyOf(cs, rs.length * width);
            }
            rs[n] = e.getKey();
            Row r = e.getValue();
            for (int k = 0; k < width; k++) {
                CellValue v = cols[k] < 0 ? null : r.get(cols[k]);
                cs[n * width + k] = v == null ? CellValue.BLANK : v;
            }
            n++;
        }
        return n == rs.length ? new RowCells(rs, cs)
                : new RowCells(java.util.Arrays.copyOf(rs, n), java.util.Arrays.copyOf(cs, n * width));
    }

    /** Columns of one row that hold a stored cell or a merged-region cell, ascending. */
    public List<Integer> columns(int row) {
        java.util.TreeSet<Integer> cols = new java.util.TreeSet<>();
        Row r = rows.get(row);
        if (r != null) {
            for (int i = 0; i < r.size; i++) cols.add(r.cols[i]);
        }
        for (int[] m : merged) {
            if (row >= m[0] && row <= m[1]) {
                for (int c = m[2]; c <= m[3]; c++) cols.add(c);
            }
        }
        return new ArrayList<>(cols);
    }

    /**
     * The number of distinct non-empty cells of a row, a merged region counting once: a title
     * merged across the table is one cell (§8: a row with exactly one non-empty cell is skipped).
     */
    public int distinctNonEmpty(int row) {
        return distinctNonEmpty(row, Integer.MAX_VALUE);
    }

    /** As {@link #distinctNonEmpty(int)}, counting no further than {@code enough}. */
    public int distinctNonEmpty(int row, int enough) {
        int n = 0;
        if (!inMergedRow(row)) {
            Row r = rows.get(row);
            if (r == null) return 0;
            for (int i = 0; i < r.size; i++) {
                if (!r.values[i].isBlank() && ++n >= enough) return n;
            }
            return n;
        }
        for (int c : columns(row)) {
            if (isMergeFollower(row, c)) {
                // counts only when the region starts on another row (a vertically merged cell)
                Long origin = mergeOrigin.get(key(row, c));
                if ((int) (origin / 16384L) == row) continue;
            }
            if (!cell(row, c).isBlank()) n++;
        }
        return n;
    }

    /** Stored cells (no merge expansion), for comparing loaders in tests. */
    public Map<Integer, Map<Integer, CellValue>> storedCells() {
        Map<Integer, Map<Integer, CellValue>> m = new TreeMap<>();
        for (Map.Entry<Integer, Row> e : rows.entrySet()) m.put(e.getKey(), e.getValue().asMap());
        return Collections.unmodifiableMap(m);
    }

    /** Merged regions as {firstRow, lastRow, firstCol, lastCol}. */
    public List<int[]> mergedRegions() {
        return Collections.unmodifiableList(merged);
    }
}
