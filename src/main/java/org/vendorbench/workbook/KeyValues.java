package org.vendorbench.workbook;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vendorbench.domain.Fold;

/**
 * The rows of a Key/Value sheet (RFP, Cover) by folded key. A parenthesised part of a key is
 * ignored when matching, so {@code Contract term (months)} and {@code Contract term} are one key.
 * The first row of a key wins.
 */
final class KeyValues {
    private final Table table;
    private final Map<String, Integer> rows = new LinkedHashMap<>();

    KeyValues(Table table) {
        this.table = table;
        for (int r : table.dataRows()) {
            String key = table.text(r, "Key");
            if (key.isEmpty()) continue;
            rows.putIfAbsent(foldKey(key), r);
        }
    }

    static String foldKey(String key) {
        return Fold.fold(PARENTHESISED.matcher(key).replaceAll(" "));
    }

    private static final java.util.regex.Pattern PARENTHESISED = java.util.regex.Pattern.compile("\\([^)]*\\)");

    Table table() {
        return table;
    }

    /** The row of a key, or -1. */
    int row(String key) {
        Integer r = rows.get(foldKey(key));
        return r == null ? -1 : r;
    }

    boolean has(String key) {
        int r = row(key);
        return r >= 0 && !table.cell(r, "Value").isBlank();
    }

    String text(String key) {
        int r = row(key);
        return r < 0 ? "" : table.text(r, "Value");
    }

    org.vendorbench.domain.normalize.CellValue cell(String key) {
        int r = row(key);
        return r < 0 ? org.vendorbench.domain.normalize.CellValue.BLANK : table.cell(r, "Value");
    }

    String address(String key) {
        int r = row(key);
        return r < 0 ? null : table.address(r, "Value");
    }
}
