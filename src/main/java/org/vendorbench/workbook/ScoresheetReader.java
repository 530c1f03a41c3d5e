package org.vendorbench.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * Reads a filled scoresheet written by {@link ScoresheetWriter}: the metadata sheet (workspace
 * identity, evaluator, blind flag, vendor columns) and every non-blank Score cell with its Note.
 * A score that is not a number from 0 to 5 refuses the whole file, each such cell named
 * ({@code Scores!F7: 6 is outside 0..5}); so do a missing metadata key, a vendor header that no
 * longer matches the metadata, and a question ID given twice. Matching scores to a workspace's
 * vendors and questions is the caller's job (blind labels can only be mapped back by the workspace).
 */
public final class ScoresheetReader {
    static final String FORMAT_KEY = "Format";
    static final String WORKSPACE_ID_KEY = "Workspace ID";
    static final String RFP_ID_KEY = "RFP ID";
    static final String EVALUATOR_KEY = "Evaluator";
    static final String BLIND_KEY = "Blind";
    static final String VENDOR_KEY = "Vendor";

    /** A vendor column: its header (name, or label when blind) and where it is. */
    public record VendorColumn(String header, int scoreColumn, String headerAddress) {}

    /** One filled Score cell; {@code vendor} is the column header (a label when the sheet is blind). */
    public record FilledScore(String vendor, String questionId, String idCell, double score, String note,
                              String scoreCell) {}

    /** The sheet's identity and its scores, in sheet order (row by row, vendors left to right). */
    public record Filled(String fileName, String workspaceId, String rfpId, String evaluator, boolean blind,
                         List<VendorColumn> vendors, List<FilledScore> scores) {
        public Filled {
            vendors = List.copyOf(vendors);
            scores = List.copyOf(scores);
        }
    }

    private ScoresheetReader() {}

    /** True when the workbook carries the scoresheet metadata sheet. */
    public static boolean isScoresheet(WorkbookGrid wb) {
        return sheet(wb, ScoresheetWriter.META_SHEET).isPresent();
    }

    public static Filled read(Path file, String password) throws RefusedException {
        return WorkbookLoader.readAs(file, password, "a scoresheet", ScoresheetReader::read);
    }

    public static Filled read(WorkbookGrid wb) throws RefusedException {
        SheetGrid meta = sheet(wb, ScoresheetWriter.META_SHEET).orElseThrow(() -> new RefusedException(wb.fileName()
                + " is not a Vendorbench scoresheet (no " + ScoresheetWriter.META_SHEET + " sheet); write one with"
                + " 'vendorbench scoresheet'"));
        SheetGrid scores = sheet(wb, ScoresheetWriter.SCORES_SHEET).orElseThrow(() -> new RefusedException(wb.fileName()
                + " has no " + ScoresheetWriter.SCORES_SHEET + " sheet"));
        Problems problems = new Problems(wb.fileName());
        Map<String, String> keys = new HashMap<>();
        List<VendorColumn> vendors = new ArrayList<>();
        for (int r : meta.rowIndices()) {
            if (r == 0) continue;
            String key = text(meta.cell(r, 0));
            String value = text(meta.cell(r, 1));
            if (key.equals(VENDOR_KEY)) {
                int[] at = A1.parse(text(meta.cell(r, 2)) + "1");
                if (at == null || at[1] < ScoresheetWriter.FIRST_VENDOR_COL + 1) {
                    problems.add(meta.name(), meta.address(r, 2), "vendor column '" + text(meta.cell(r, 2)) + "' is not a column");
                    continue;
                }
                int headerCol = at[1] - 1;
                String shown = text(scores.cell(0, headerCol));
                if (!shown.equals(value)) {
                    problems.add(scores.name(), scores.address(0, headerCol), "vendor header '" + shown
                            + "' does not match the sheet's metadata ('" + value + "'); was the sheet edited?");
                    continue;
                }
                vendors.add(new VendorColumn(value, at[1], scores.address(0, headerCol)));
            } else if (!key.isEmpty()) {
                keys.putIfAbsent(key, value);
            }
        }
        if (!Scoresheet.FORMAT.equals(keys.get(FORMAT_KEY))) {
            problems.add(meta.name(), null, "format '" + keys.getOrDefault(FORMAT_KEY, "") + "' is not " + Scoresheet.FORMAT);
        }
        for (String k : List.of(WORKSPACE_ID_KEY, EVALUATOR_KEY)) {
            if (keys.getOrDefault(k, "").isEmpty()) problems.add(meta.name(), null, "the " + k + " is missing");
        }
        List<FilledScore> out = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        for (int r : scores.rowIndices()) {
            if (r < ScoresheetWriter.FIRST_ROW) continue;
            String id = text(scores.cell(r, 0));
            if (id.isEmpty()) continue;
            if (!seenIds.add(Fold.fold(id))) {
                problems.add(scores.name(), scores.address(r, 0), "question " + id + " is listed twice");
                continue;
            }
            for (VendorColumn v : vendors) {
                CellValue cell = scores.cell(r, v.scoreColumn());
                if (cell.isBlank()) continue;
                String where = scores.address(r, v.scoreColumn());
                Double score = ValueNormalizer.parseNumber(cell);
                if (score == null || score.isNaN()) {
                    problems.add(scores.name(), where, "'" + cell.displayed() + "' is not a score (a number from 0 to 5)");
                } else if (score < 0 || score > 5) {
                    problems.add(scores.name(), where, RfpWriter.number(score) + " is outside 0..5");
                } else {
                    String note = text(scores.cell(r, v.scoreColumn() + 1));
                    out.add(new FilledScore(v.header(), id, scores.address(r, 0), score, note.isEmpty() ? null : note,
                            where));
                }
            }
        }
        problems.throwIfAny();
        return new Filled(wb.fileName(), keys.get(WORKSPACE_ID_KEY), emptyToNull(keys.get(RFP_ID_KEY)),
                keys.get(EVALUATOR_KEY), Boolean.parseBoolean(keys.get(BLIND_KEY)), vendors, out);
    }

    private static Optional<SheetGrid> sheet(WorkbookGrid wb, String name) {
        return wb.sheets().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    static String text(CellValue v) {
        if (v == null || v.isBlank()) return "";
        String s = v.kind() == CellValue.Kind.STRING ? v.text() : v.displayed();
        return s == null ? "" : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
