package org.vendorbench.workbook;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the tables of one workbook kind together, so that one sheet never serves two tables: first
 * every table whose sheet is found by name (exact or prefix, with its header row) claims it; then
 * the tables still missing look for their header row in the unclaimed sheets. So the Assumptions
 * sheet is not read as the RFP sheet (both have Key/Value headers), while a sheet renamed
 * {@code RFP Questions} is still found as the Questions sheet by its headers.
 */
final class Finder {
    private Finder() {}

    static Map<TableSpec, Optional<Table>> findAll(WorkbookGrid wb, List<TableSpec> specs) {
        Map<TableSpec, Optional<Table>> found = new LinkedHashMap<>();
        Set<SheetGrid> claimed = new HashSet<>();
        for (TableSpec spec : specs) {
            Set<SheetGrid> notNamed = new HashSet<>();
            for (SheetGrid s : wb.sheets()) {
                if (!SheetFinder.namedLike(s, spec.sheetName())) notNamed.add(s);
            }
            notNamed.addAll(claimed);
            Optional<Table> t = SheetFinder.find(wb, spec, notNamed);
            t.ifPresent(table -> claimed.add(table.sheet()));
            found.put(spec, t);
        }
        // the most specific tables (more required headers) choose first among the unclaimed sheets
        List<TableSpec> bySpecificity = specs.stream()
                .sorted(java.util.Comparator.comparingInt((TableSpec s) -> -s.required().size())).toList();
        for (TableSpec spec : bySpecificity) {
            if (found.get(spec).isPresent()) continue;
            Optional<Table> t = SheetFinder.find(wb, spec, claimed);
            t.ifPresent(table -> claimed.add(table.sheet()));
            found.put(spec, t);
        }
        Map<TableSpec, Optional<Table>> inOrder = new LinkedHashMap<>();
        for (TableSpec spec : specs) inOrder.put(spec, found.get(spec));
        return inOrder;
    }
}
