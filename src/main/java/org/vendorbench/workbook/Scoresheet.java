package org.vendorbench.workbook;

import java.util.List;

/**
 * What an evaluator's offline scoresheet holds (docs/scoring-workbooks.md): the workspace it
 * belongs to, the evaluator, whether vendors are shown blind, the vendor columns (names, or
 * "Vendor A/B/C" labels in blind mode) and one row per manual question with each vendor's answer
 * and the evaluator's existing score and note. Written by {@link ScoresheetWriter}; POI-free so
 * the service can build it from a workspace.
 *
 * @param workspaceId   the workspace identity the sheet must be merged back into
 * @param workspaceName the workspace file name (shown to the evaluator)
 * @param vendors       vendor column headers, left to right (labels when {@code blind})
 * @param rows          manual questions in RFP order; each row's cells are index-aligned with {@code vendors}
 */
public record Scoresheet(String workspaceId, String workspaceName, String rfpId, String rfpTitle, String evaluator,
                         boolean blind, List<String> vendors, List<QuestionRow> rows) {
    /** Format tag written to the metadata sheet. */
    public static final String FORMAT = "vendorbench-scoresheet/1";

    public Scoresheet {
        vendors = List.copyOf(vendors);
        rows = List.copyOf(rows);
        for (QuestionRow r : rows) {
            if (r.cells().size() != vendors.size()) {
                throw new IllegalArgumentException(r.id() + ": " + r.cells().size() + " cells for " + vendors.size() + " vendors");
            }
        }
    }

    /** One manual question. */
    public record QuestionRow(String id, String section, String requirement, String guidance, List<VendorCell> cells) {
        public QuestionRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One vendor's answer to the question. {@code scorable} is false when the answer is missing,
     * NA or unreadable (it scores 0 by rule and evaluators do not score it); {@code score} and
     * {@code note} pre-fill the evaluator's existing judgement (null when none).
     */
    public record VendorCell(String answer, boolean scorable, Double score, String note) {}
}
