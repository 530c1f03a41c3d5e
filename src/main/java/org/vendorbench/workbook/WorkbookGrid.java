package org.vendorbench.workbook;

import java.util.List;

/**
 * A whole workbook as POI-free grids, sheets in tab order. Produced by {@link WorkbookLoader};
 * read by {@link RfpReader}, {@link ResponseReader} and {@link ScoresReader}.
 *
 * @param fileName the file's name, for messages
 * @param sheets   every sheet, hidden ones included, in tab order
 */
public record WorkbookGrid(String fileName, List<SheetGrid> sheets) {
    public WorkbookGrid {
        sheets = List.copyOf(sheets);
    }
}
