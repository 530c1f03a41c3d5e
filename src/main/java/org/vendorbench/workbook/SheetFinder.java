package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.normalize.CellValue;

/**
 * Finds the sheet and header row of a {@link TableSpec} (workbook-format.md §4, §8). A candidate
 * is a sheet with a header row among its first {@value #HEADER_SCAN_ROWS} rows; candidates rank by
 * name (exact folded name, then a name that starts with the expected one, then one that contains
 * it, then any name), then visible before hidden, then tab order.
 */
public final class SheetFinder {
    public static final int HEADER_SCAN_ROWS = 30;

    private SheetFinder() {}

    /** Finds the table, never choosing a sheet in {@code exclude} (sheets claimed by others). */
    public static Optional<Table> find(WorkbookGrid wb, TableSpec spec, Set<SheetGrid> exclude) {
        String expected = Fold.fold(spec.sheetName());
        record Candidate(Table table, int nameRank) {}
        List<Candidate> candidates = new ArrayList<>();
        for (SheetGrid s : wb.sheets()) {
            if (exclude.contains(s)) continue;
            Table t = header(s, spec);
            if (t == null) continue;
            candidates.add(new Candidate(t, nameRank(s, expected)));
        }
        return candidates.stream()
                .min(Comparator.comparingInt(Candidate::nameRank)
                        .thenComparing(c -> c.table().sheet().hidden())
                        .thenComparingInt(c -> c.table().sheet().tabIndex()))
                .map(Candidate::table);
    }

    /**
     * 0 exact folded name, 1 prefix, 2 a name that contains the expected one (only a preference
     * among sheets found by their headers, e.g. {@code RFP Sections}), 3 other.
     */
    static int nameRank(SheetGrid s, String expectedFolded) {
        String n = Fold.fold(s.name());
        if (n.equals(expectedFolded)) return 0;
        if (n.startsWith(expectedFolded)) return 1;
        if (n.contains(expectedFolded)) return 2;
        return 3;
    }

    /** True when the sheet's name is the expected one exactly or by prefix. */
    public static boolean namedLike(SheetGrid s, String expected) {
        return nameRank(s, Fold.fold(expected)) <= 1;
    }

    /** The header row of the spec in this sheet, or null. */
    static Table header(SheetGrid sheet, TableSpec spec) {
        for (int r : sheet.rowIndices(Integer.MIN_VALUE, HEADER_SCAN_ROWS - 1)) {
            Map<String, Integer> cols = columnsOf(sheet, r, spec);
            if (satisfies(cols, spec)) return new Table(sheet, r, cols);
        }
        return null;
    }

    private static boolean satisfies(Map<String, Integer> cols, TableSpec spec) {
        for (List<String> alternatives : spec.required()) {
            if (alternatives.stream().noneMatch(cols::containsKey)) return false;
        }
        return true;
    }

    /** Per column: the leftmost exact canonical header, else the leftmost synonym. */
    private static Map<String, Integer> columnsOf(SheetGrid sheet, int row, TableSpec spec) {
        Map<Integer, String> folded = new HashMap<>();
        List<Integer> cols = sheet.columns(row);
        for (int c : cols) {
            CellValue v = sheet.cell(row, c);
            if (v.kind() == CellValue.Kind.STRING && !v.isBlank()) folded.put(c, Fold.fold(v.text()));
        }
        Map<String, Integer> result = new HashMap<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (TableSpec.Column col : spec.columns()) {
            for (int c : cols) {
                String f = folded.get(c);
                if (f != null && !used.contains(c) && col.isCanonical(f)) {
                    result.put(col.key(), c);
                    used.add(c);
                    break;
                }
            }
        }
        for (TableSpec.Column col : spec.columns()) {
            if (result.containsKey(col.key())) continue;
            for (int c : cols) {
                String f = folded.get(c);
                if (f != null && !used.contains(c) && col.isSynonym(f)) {
                    result.put(col.key(), c);
                    used.add(c);
                    break;
                }
            }
        }
        return result;
    }
}
