package org.vendorbench.workbook;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the tables of one workbook kind together: a sheet named like another expected sheet
 * (exactly or by prefix) is never taken for this one by its headers, so the Assumptions sheet is
 * not read as the RFP sheet (both have Key/Value headers).
 */
final class Finder {
    private Finder() {}

    static Optional<Table> find(WorkbookGrid wb, TableSpec spec, List<TableSpec> all) {
        Set<SheetGrid> exclude = new HashSet<>();
        for (SheetGrid s : wb.sheets()) {
            if (SheetFinder.namedLike(s, spec.sheetName())) continue;
            for (TableSpec other : all) {
                if (other != spec && SheetFinder.namedLike(s, other.sheetName())) exclude.add(s);
            }
        }
        return SheetFinder.find(wb, spec, exclude);
    }
}
