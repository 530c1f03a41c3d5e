package org.vendorbench.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an evaluator's offline scoresheet (docs/scoring-workbooks.md): sheet {@code Instructions},
 * sheet {@code Scores} with one row per manual question (ID, Section, Requirement, Guidance) and,
 * per vendor, the columns Answer, Score (0..5) and Note, and the very hidden metadata sheet
 * {@value #META_SHEET} (format, workspace identity, evaluator, blind flag, vendor columns) that
 * {@link ScoresheetReader} uses to merge the sheet back.
 *
 * <p>Every sheet is protected (password {@link QuestionnaireWriter#SHEET_PASSWORD}, a guard against
 * accidental edits); only Score and Note cells of answered questions are unlocked, and Score cells
 * carry a 0..5 decimal validation. Vendor text goes through {@link SafeCells}. Written atomically.
 */
public final class ScoresheetWriter {
    /** Name of the scores sheet. */
    public static final String SCORES_SHEET = "Scores";
    /** Name of the very hidden metadata sheet. */
    public static final String META_SHEET = "_scoresheet";
    /** Columns before the first vendor group: ID, Section, Requirement, Guidance. */
    static final int FIRST_VENDOR_COL = 4;
    /** Columns per vendor: Answer, Score, Note. */
    static final int GROUP = 3;
    /** Index of the first question row (after the vendor row and the column-name row). */
    static final int FIRST_ROW = 2;

    private ScoresheetWriter() {}

    public static void write(Scoresheet sheet, Path out) throws IOException {
        AtomicFileWriter.write(out, build(sheet));
    }

    /** The score column of vendor {@code v} (0-based). */
    static int scoreColumn(int v) {
        return FIRST_VENDOR_COL + GROUP * v + 1;
    }

    /** Builds the workbook in memory (the caller writes and closes it). */
    public static XSSFWorkbook build(Scoresheet sheet) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            SheetWriter w = new SheetWriter(wb);
            instructions(w, sheet);
            scores(w, sheet);
            meta(w, sheet);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) w.protect(wb.getSheetAt(i), QuestionnaireWriter.SHEET_PASSWORD);
            wb.setActiveSheet(wb.getSheetIndex(SCORES_SHEET));
            return wb;
        } catch (RuntimeException e) {
            try { wb.close(); } catch (IOException ignored) { /* already failing */ }
            throw e;
        }
    }

    private static void instructions(SheetWriter w, Scoresheet sheet) {
        XSSFSheet s = w.wb.createSheet("Instructions");
        s.setColumnWidth(0, 24 * 256);
        s.setColumnWidth(1, 100 * 256);
        int r = 0;
        w.text(w.row(s, r++), 0, "Scoresheet for RFP " + nz(sheet.rfpId()) + " – " + nz(sheet.rfpTitle()), w.title);
        r++;
        r = line(w, s, r, "Evaluator", sheet.evaluator());
        r = line(w, s, r, "Workspace", sheet.workspaceName());
        r = line(w, s, r, "Vendors", sheet.blind()
                ? "Shown blind as " + String.join(", ", sheet.vendors()) + " (the lead reveals the names later)."
                : String.join(", ", sheet.vendors()));
        r++;
        r = line(w, s, r, "How to fill in", "On the Scores sheet, give each answer a score from 0 to 5 in the yellow"
                + " Score cell (decimals allowed) and, if useful, a note. Leave a Score blank to keep it unscored"
                + " (or to keep the score you gave before). Only the yellow cells can be changed.");
        r = line(w, s, r, "Scale", "0 not addressed · 1 poor · 2 weak · 3 adequate · 4 good · 5 fully meets the requirement");
        r = line(w, s, r, "Not scorable", "An answer that is missing, N/A or unreadable scores 0 by rule; its Score cell is grey.");
        r = line(w, s, r, "Return", "Send the file back to the lead, who merges it with 'vendorbench import-scores'."
                + " Do not rename sheets or change IDs: they match your scores to the questions.");
        line(w, s, r, "Consensus", "Questions whose evaluators differ by 2 points or more are discussed at the consensus meeting.");
    }

    private static int line(SheetWriter w, XSSFSheet s, int r, String label, String value) {
        Row row = w.row(s, r);
        w.text(row, 0, label, w.text);
        w.text(row, 1, value, w.text);
        return r + 1;
    }

    private static void scores(SheetWriter w, Scoresheet sheet) {
        int n = sheet.vendors().size();
        XSSFSheet s = w.wb.createSheet(SCORES_SHEET);
        Row top = w.row(s, 0);
        Row names = w.row(s, 1);
        String[] fixed = {"ID", "Section", "Requirement", "Guidance"};
        int[] fixedWidths = {10, 18, 50, 30};
        for (int c = 0; c < fixed.length; c++) {
            w.text(top, c, fixed[c], w.header);
            w.text(names, c, null, w.header);
            s.addMergedRegion(new CellRangeAddress(0, 1, c, c));
            s.setColumnWidth(c, fixedWidths[c] * 256);
        }
        for (int v = 0; v < n; v++) {
            int c0 = FIRST_VENDOR_COL + GROUP * v;
            w.text(top, c0, sheet.vendors().get(v), w.header);
            w.text(top, c0 + 1, null, w.header);
            w.text(top, c0 + 2, null, w.header);
            s.addMergedRegion(new CellRangeAddress(0, 0, c0, c0 + 2));
            w.text(names, c0, "Answer", w.header);
            w.text(names, c0 + 1, "Score 0-5", w.header);
            w.text(names, c0 + 2, "Note", w.header);
            s.setColumnWidth(c0, 40 * 256);
            s.setColumnWidth(c0 + 1, 9 * 256);
            s.setColumnWidth(c0 + 2, 28 * 256);
        }
        s.createFreezePane(1, FIRST_ROW);
        CellStyle closed = w.wb.createCellStyle();
        closed.cloneStyleFrom(w.text);
        closed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        closed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        int r = FIRST_ROW;
        for (Scoresheet.QuestionRow q : sheet.rows()) {
            Row row = w.row(s, r);
            w.text(row, 0, q.id(), w.text);
            w.text(row, 1, q.section(), w.text);
            w.text(row, 2, q.requirement(), w.text);
            w.text(row, 3, q.guidance(), w.text);
            for (int v = 0; v < n; v++) {
                Scoresheet.VendorCell cell = q.cells().get(v);
                int c0 = FIRST_VENDOR_COL + GROUP * v;
                w.text(row, c0, cell.answer(), w.text);
                if (cell.scorable()) {
                    w.number(row, c0 + 1, cell.score(), w.editableNumber);
                    w.text(row, c0 + 2, cell.note(), w.editable);
                } else {
                    w.text(row, c0 + 1, null, closed);
                    w.text(row, c0 + 2, "not scorable: scores 0 by rule", closed);
                }
            }
            r++;
        }
        if (n > 0 && !sheet.rows().isEmpty()) {
            DataValidationHelper dvh = s.getDataValidationHelper();
            CellRangeAddressList ranges = new CellRangeAddressList();
            int last = FIRST_ROW + sheet.rows().size() - 1;
            for (int v = 0; v < n; v++) ranges.addCellRangeAddress(FIRST_ROW, scoreColumn(v), last, scoreColumn(v));
            DataValidationConstraint between = dvh.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "0", "5");
            DataValidation dv = dvh.createValidation(between, ranges);
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox("Score 0 to 5", "A score is a number from 0 to 5 (decimals allowed).");
            dv.setShowErrorBox(true);
            dv.createPromptBox("Score", "0 not addressed … 5 fully meets the requirement");
            dv.setShowPromptBox(true);
            s.addValidationData(dv);
        }
    }

    private static void meta(SheetWriter w, Scoresheet sheet) {
        XSSFSheet s = w.table(META_SHEET, List.of("Key", "Value", "Column"), new int[] {16, 70, 8});
        int r = 1;
        r = meta(w, s, r, ScoresheetReader.FORMAT_KEY, Scoresheet.FORMAT, null);
        r = meta(w, s, r, ScoresheetReader.WORKSPACE_ID_KEY, sheet.workspaceId(), null);
        r = meta(w, s, r, "Workspace", sheet.workspaceName(), null);
        r = meta(w, s, r, ScoresheetReader.RFP_ID_KEY, sheet.rfpId(), null);
        r = meta(w, s, r, ScoresheetReader.EVALUATOR_KEY, sheet.evaluator(), null);
        r = meta(w, s, r, ScoresheetReader.BLIND_KEY, Boolean.toString(sheet.blind()), null);
        r = meta(w, s, r, "Written", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), null);
        for (int v = 0; v < sheet.vendors().size(); v++) {
            r = meta(w, s, r, ScoresheetReader.VENDOR_KEY, sheet.vendors().get(v), A1.column(scoreColumn(v)));
        }
        w.wb.setSheetVisibility(w.wb.getSheetIndex(s), SheetVisibility.VERY_HIDDEN);
    }

    private static int meta(SheetWriter w, XSSFSheet s, int r, String key, String value, String column) {
        Row row = w.row(s, r);
        w.text(row, 0, key, w.text);
        w.text(row, 1, value, w.text);
        if (column != null) w.text(row, 2, column, w.text);
        return r + 1;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
