package org.vendorbench.ui.scoring;

import java.util.List;

/**
 * One row of the Scoring grid: a question (or a KPI) and its cell for each vendor, index-aligned with
 * the grid's vendor columns.
 *
 * @param sectionId the question's section (the KPI section for a KPI)
 * @param label     the requirement text (the KPI's name)
 * @param manual    scored by evaluators
 * @param kpi       a KPI row (committed value scored against exit threshold and target)
 */
public record ScoreRow(String id, String sectionId, String label, boolean manual, boolean kpi, List<ScoreCell> cells) {
    public ScoreRow {
        cells = List.copyOf(cells);
    }

    public ScoreCell cell(int vendorIndex) {
        return cells.get(vendorIndex);
    }
}
