package org.vendorbench.workbook;

import java.util.List;
import org.vendorbench.domain.Fold;

/**
 * What a sheet of a workbook looks like (workbook-format.md §4, §8): its expected name, its
 * columns with their synonyms (looked for only in this sheet), and the headers that must be on a
 * row for it to be the header row (each inner list is a set of alternatives).
 */
public record TableSpec(String sheetName, List<Column> columns, List<List<String>> required) {

    /** A column: the key the reader uses, its canonical header and its synonyms. */
    public record Column(String key, String header, List<String> synonyms) {
        public Column {
            synonyms = List.copyOf(synonyms);
        }

        boolean isCanonical(String folded) {
            return Fold.fold(header).equals(folded);
        }

        boolean isSynonym(String folded) {
            for (String s : synonyms) {
                if (Fold.fold(s).equals(folded)) return true;
            }
            return false;
        }
    }

    public TableSpec {
        columns = List.copyOf(columns);
        required = required.stream().map(List::copyOf).toList();
    }

    public static Column col(String header, String... synonyms) {
        return new Column(header, header, List.of(synonyms));
    }

    public static TableSpec keyValue(String sheetName, Column... extra) {
        List<Column> cols = new java.util.ArrayList<>(List.of(col("Key"), col("Value")));
        cols.addAll(List.of(extra));
        return new TableSpec(sheetName, cols, List.of(List.of("Key"), List.of("Value")));
    }
}
