package org.vendorbench.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.scoring.KnockoutFinding;
import org.vendorbench.domain.scoring.KpiScore;
import org.vendorbench.domain.scoring.QuestionScore;
import org.vendorbench.domain.scoring.SectionScore;
import org.vendorbench.domain.scoring.VendorScore;

/**
 * Writes the whole scoring matrix (docs/scoring-workbooks.md) as one sheet {@code Matrix} a
 * consultant can audit: one row per question (and per KPI in the KPI section), one column group
 * per vendor (Answer, Points, Weight), a row per section whose score is a LIVE formula, and total
 * rows (quality, and with prices: price score and combined) as live formulas too.
 *
 * <p>The formulas reproduce the engine (scoring-and-tco.md §3): a vendor's Weight cell of a
 * question is {@code IF(ISNUMBER(points), weight, 0)} so unscored manual questions drop out of the
 * section, the section score is {@code 20·SUMPRODUCT(points, weights)/SUM(weights)} (blank when no
 * question counts), a section's Weight cell is its weight only when it has a score, and quality is
 * {@code SUMPRODUCT(section scores, section weights)/SUM(section weights)}. Question points, the
 * TCO total and the rank are the engine's values (answers are vendor text, the TCO is a 36-month
 * model); a cell comment says so. Vendor text is written as quote-prefixed strings through
 * {@link SafeCells}, never as hyperlinks. Disqualified vendors are marked in red with their
 * knockout reasons.
 */
public final class MatrixWriter {
    /** Name of the matrix sheet. */
    public static final String SHEET = "Matrix";
    static final int FIRST_VENDOR_COL = 5;
    static final int WEIGHT_COL = 4;

    /**
     * One vendor's column group. {@code tco}, {@code priceScore}, {@code combined} and {@code rank}
     * are null when the evaluation has no prices (then no price rows are written).
     */
    public record Vendor(VendorScore score, VendorResponse response, Double tco, Double priceScore, Double combined,
                         Integer rank) {
        public String name() {
            return score.vendor();
        }
    }

    /** Where the total rows ended up (0-based rows), for tests and callers that add to the sheet. */
    public record Layout(List<Integer> sectionRows, int qualityRow, int priceScoreRow, int combinedRow) {}

    private MatrixWriter() {}

    public static Layout write(Rfp rfp, List<Vendor> vendors, Path out) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Layout layout;
        try {
            layout = fill(wb, rfp, vendors);
        } catch (RuntimeException e) {
            wb.close();
            throw e;
        }
        AtomicFileWriter.write(out, wb);
        return layout;
    }

    /** The points column of vendor {@code v} (0-based). */
    public static int pointsColumn(int v) {
        return FIRST_VENDOR_COL + 3 * v + 1;
    }

    /** Fills {@code wb} with the matrix sheet. */
    public static Layout fill(XSSFWorkbook wb, Rfp rfp, List<Vendor> vendors) {
        return new Builder(wb, rfp, vendors).build();
    }

    private static final class Builder {
        final SheetWriter w;
        final Rfp rfp;
        final List<Vendor> vendors;
        final XSSFSheet s;
        final XSSFDrawing drawing;
        final CellStyle points, weight, sectionText, sectionPoints, sectionWeight, totalText, totalPoints, money,
                failed, dqHeader, answer;
        int row = 2;

        Builder(XSSFWorkbook wb, Rfp rfp, List<Vendor> vendors) {
            this.w = new SheetWriter(wb);
            this.rfp = rfp;
            this.vendors = vendors;
            List<String> headers = new ArrayList<>(List.of("ID", "Section / item", "Requirement", "Rule", "Weight"));
            int[] widths = new int[FIRST_VENDOR_COL + 3 * vendors.size()];
            int[] fixed = {10, 24, 50, 26, 8};
            System.arraycopy(fixed, 0, widths, 0, fixed.length);
            for (int v = 0; v < vendors.size(); v++) {
                headers.add(vendors.get(v).name());
                headers.add("");
                headers.add("");
                widths[FIRST_VENDOR_COL + 3 * v] = 36;
                widths[FIRST_VENDOR_COL + 3 * v + 1] = 9;
                widths[FIRST_VENDOR_COL + 3 * v + 2] = 8;
            }
            s = w.table(SHEET, headers, widths);
            drawing = s.createDrawingPatriarch();
            String pts = "0.00";
            points = style(w.number, pts, false, null);
            weight = style(w.number, "0.###", false, null);
            answer = w.text;
            Font bold = wb.createFont();
            bold.setBold(true);
            sectionText = style(w.text, null, true, IndexedColors.PALE_BLUE);
            sectionText.setFont(bold);
            sectionPoints = style(w.number, pts, true, IndexedColors.PALE_BLUE);
            sectionPoints.setFont(bold);
            sectionWeight = style(w.number, "0.###", true, IndexedColors.PALE_BLUE);
            totalText = style(w.text, null, true, IndexedColors.LIGHT_GREEN);
            totalText.setFont(bold);
            totalPoints = style(w.number, pts, true, IndexedColors.LIGHT_GREEN);
            totalPoints.setFont(bold);
            money = style(w.number, "#,##0", true, IndexedColors.LIGHT_GREEN);
            failed = style(w.text, null, true, IndexedColors.ROSE);
            dqHeader = style(w.header, null, true, IndexedColors.ROSE);
        }

        private CellStyle style(CellStyle base, String format, boolean fill, IndexedColors color) {
            CellStyle st = w.wb.createCellStyle();
            st.cloneStyleFrom(base);
            if (format != null) st.setDataFormat(w.wb.createDataFormat().getFormat(format));
            if (fill) {
                st.setFillForegroundColor(color.getIndex());
                st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return st;
        }

        Layout build() {
            header();
            List<Integer> sectionRows = new ArrayList<>();
            Set<String> placed = new HashSet<>();
            for (int i = 0; i < rfp.sections().size(); i++) sectionRows.add(section(i, placed));
            List<Question> orphans = rfp.questions().stream().filter(q -> !placed.contains(Fold.fold(q.id()))).toList();
            if (!orphans.isEmpty()) orphans(orphans);
            row++;
            int qualityRow = quality(sectionRows);
            int ps = -1, combined = -1;
            boolean priced = vendors.stream().anyMatch(v -> v.combined() != null);
            status();
            if (priced) {
                int tcoRow = tco();
                ps = priceScore(tcoRow);
                combined = combined(qualityRow, ps);
                rank();
            }
            return new Layout(sectionRows, qualityRow, ps, combined);
        }

        private void header() {
            Row names = w.row(s, 1);
            for (int c = 0; c < FIRST_VENDOR_COL; c++) {
                w.text(names, c, null, w.header);
                s.addMergedRegion(new CellRangeAddress(0, 1, c, c));
            }
            for (int v = 0; v < vendors.size(); v++) {
                Vendor vd = vendors.get(v);
                int c0 = FIRST_VENDOR_COL + 3 * v;
                Row top = s.getRow(0);
                CellStyle hs = vd.score().disqualified() ? dqHeader : w.header;
                w.text(top, c0, vd.name() + (vd.score().disqualified() ? " (DISQUALIFIED)" : ""), hs);
                w.text(top, c0 + 1, null, hs);
                w.text(top, c0 + 2, null, hs);
                s.addMergedRegion(new CellRangeAddress(0, 0, c0, c0 + 2));
                w.text(names, c0, "Answer", hs);
                w.text(names, c0 + 1, "Points", hs);
                w.text(names, c0 + 2, "Weight", hs);
            }
            if (!vendors.isEmpty()) {
                comment(names.getCell(FIRST_VENDOR_COL + 1), "Question points (0..5) are the engine's values from the rule in"
                        + " column D (answers are vendor text; manual questions: the evaluators' mean or the consensus"
                        + " score). Section, quality, price score and combined rows are live formulas over these cells.");
                comment(names.getCell(FIRST_VENDOR_COL + 2), "A vendor's weight of a question is IF(ISNUMBER(points), RFP"
                        + " weight, 0): a manual question nobody scored yet drops out of the section (scoring-and-tco.md §1).");
            }
            s.createFreezePane(2, 2);
        }

        /** Writes a section row followed by its items; returns the section row. */
        private int section(int i, Set<String> placed) {
            Section sec = rfp.sections().get(i);
            int sr = row++;
            Row r = w.row(s, sr);
            double sw = vendors.isEmpty() ? sec.weight() : vendors.get(0).score().sections().get(i).weight();
            w.text(r, 0, sec.id(), sectionText);
            w.text(r, 1, sec.name(), sectionText);
            w.text(r, 2, "Section score 0..100 = 20 × SUMPRODUCT(points, weights) / SUM(weights)", sectionText);
            w.text(r, 3, null, sectionText);
            w.number(r, WEIGHT_COL, sw, sectionWeight);
            int first = row;
            if (sec.isKpiSection()) {
                for (int k = 0; k < rfp.kpis().size(); k++) kpiRow(k);
            } else {
                for (int q = 0; q < rfp.questions().size(); q++) {
                    Question qu = rfp.questions().get(q);
                    if (!Fold.same(qu.sectionId(), sec.id())) continue;
                    placed.add(Fold.fold(qu.id()));
                    questionRow(q, true);
                }
            }
            int last = row - 1;
            for (int v = 0; v < vendors.size(); v++) {
                int pc = pointsColumn(v);
                w.text(r, pc - 1, null, sectionText);
                Cell p = r.createCell(pc);
                Cell wc = r.createCell(pc + 1);
                p.setCellStyle(sectionPoints);
                wc.setCellStyle(sectionWeight);
                if (last < first) {
                    p.setCellFormula("\"\"");
                    wc.setCellValue(0);
                    continue;
                }
                String pts = range(pc, first, last);
                String wts = range(pc + 1, first, last);
                p.setCellFormula("IF(SUM(" + wts + ")>0,20*SUMPRODUCT(" + pts + "," + wts + ")/SUM(" + wts + "),\"\")");
                wc.setCellFormula("IF(ISNUMBER(" + ref(pc, sr) + "),$" + A1.column(WEIGHT_COL) + "$" + (sr + 1) + ",0)");
            }
            return sr;
        }

        private void questionRow(int q, boolean counted) {
            Question qu = rfp.questions().get(q);
            int rr = row++;
            Row r = w.row(s, rr);
            w.text(r, 0, qu.id(), w.text);
            w.text(r, 1, rfp.section(qu.sectionId()).map(Section::name).orElse(qu.sectionId()), w.text);
            w.text(r, 2, qu.requirement(), w.text);
            String rule = vendors.isEmpty() ? null : vendors.get(0).score().questions().get(q).rule();
            if (qu.knockout() != null) rule = (rule == null ? "" : rule + "; ") + "knockout: " + qu.knockout().expression();
            w.text(r, 3, rule, w.text);
            w.number(r, WEIGHT_COL, qu.weight(), weight);
            for (int v = 0; v < vendors.size(); v++) {
                Vendor vd = vendors.get(v);
                QuestionScore qs = vd.score().questions().get(q);
                int pc = pointsColumn(v);
                boolean knockedOut = vd.score().knockouts().stream().anyMatch(k -> Fold.same(k.id(), qu.id()));
                w.text(r, pc - 1, answerText(vd.response(), qu.id()), knockedOut ? failed : answer);
                w.number(r, pc, qs.points(), points);
                Cell wc = r.createCell(pc + 1);
                wc.setCellStyle(weight);
                if (counted) wc.setCellFormula("IF(ISNUMBER(" + ref(pc, rr) + "),$" + A1.column(WEIGHT_COL) + "$" + (rr + 1) + ",0)");
                else wc.setCellValue(0);
                if (qs.override() != null) {
                    comment(r.getCell(pc), "Consensus score " + RfpWriter.number(qs.override()) + " (replaces the evaluators' mean)");
                }
            }
        }

        private void kpiRow(int k) {
            Kpi kpi = rfp.kpis().get(k);
            int rr = row++;
            Row r = w.row(s, rr);
            w.text(r, 0, kpi.id(), w.text);
            w.text(r, 1, Section.KPI_SECTION, w.text);
            w.text(r, 2, kpi.name(), w.text);
            w.text(r, 3, "target " + RfpWriter.number(kpi.target()) + "; exit " + RfpWriter.number(kpi.exitThreshold())
                    + "; " + kpi.direction().name().toLowerCase(Locale.ROOT) + " is better", w.text);
            w.number(r, WEIGHT_COL, kpi.weight(), weight);
            for (int v = 0; v < vendors.size(); v++) {
                Vendor vd = vendors.get(v);
                KpiScore ks = vd.score().kpis().get(k);
                int pc = pointsColumn(v);
                w.text(r, pc - 1, commitment(vd.response(), kpi.id()), answer);
                w.number(r, pc, ks.points(), points);
                Cell wc = r.createCell(pc + 1);
                wc.setCellStyle(weight);
                wc.setCellFormula("IF(ISNUMBER(" + ref(pc, rr) + "),$" + A1.column(WEIGHT_COL) + "$" + (rr + 1) + ",0)");
            }
        }

        private void orphans(List<Question> qs) {
            Row r = w.row(s, row++);
            w.text(r, 0, null, sectionText);
            w.text(r, 1, "Not in any scored section", sectionText);
            w.text(r, 2, "These questions belong to no section of the RFP and do not count", sectionText);
            for (Question q : qs) questionRow(rfp.questions().indexOf(q), false);
        }

        private int quality(List<Integer> sectionRows) {
            Row head = w.row(s, row++);
            w.text(head, 1, "Section scores", totalText);
            w.text(head, 2, "copies of the section rows above; the weight counts only when the section has a score", totalText);
            int first = row;
            for (int i = 0; i < sectionRows.size(); i++) {
                int sr = sectionRows.get(i);
                Row r = w.row(s, row++);
                w.text(r, 0, rfp.sections().get(i).id(), w.text);
                w.text(r, 1, rfp.sections().get(i).name(), w.text);
                for (int v = 0; v < vendors.size(); v++) {
                    int pc = pointsColumn(v);
                    Cell p = r.createCell(pc);
                    p.setCellStyle(points);
                    p.setCellFormula(ref(pc, sr));
                    Cell wc = r.createCell(pc + 1);
                    wc.setCellStyle(weight);
                    wc.setCellFormula(ref(pc + 1, sr));
                }
            }
            int last = row - 1;
            int qr = row++;
            Row r = w.row(s, qr);
            w.text(r, 0, "Q", totalText);
            w.text(r, 1, "Quality", totalText);
            w.text(r, 2, "Q = SUMPRODUCT(section scores, weights) / SUM(weights), over sections with a score", totalText);
            for (int v = 0; v < vendors.size(); v++) {
                int pc = pointsColumn(v);
                Cell p = r.createCell(pc);
                p.setCellStyle(totalPoints);
                if (last < first) {
                    p.setCellValue(0);
                    continue;
                }
                String pts = range(pc, first, last);
                String wts = range(pc + 1, first, last);
                p.setCellFormula("IF(SUM(" + wts + ")>0,SUMPRODUCT(" + pts + "," + wts + ")/SUM(" + wts + "),0)");
            }
            return qr;
        }

        private void status() {
            Row r = w.row(s, row++);
            w.text(r, 1, "Knockouts", totalText);
            w.text(r, 2, "a failed knockout disqualifies: ranked after every qualified vendor", totalText);
            Row inc = w.row(s, row++);
            w.text(inc, 1, "Incomplete", totalText);
            w.text(inc, 2, "a counted manual question has no evaluator score yet", totalText);
            for (int v = 0; v < vendors.size(); v++) {
                VendorScore sc = vendors.get(v).score();
                int ac = pointsColumn(v) - 1;
                String ko = sc.knockouts().isEmpty() ? "none"
                        : "DISQUALIFIED: " + String.join("; ", sc.knockouts().stream().map(KnockoutFinding::message).toList());
                w.text(r, ac, ko, sc.disqualified() ? failed : answer);
                w.text(inc, ac, sc.incomplete() ? "yes" : "no", answer);
            }
        }

        private int tco() {
            Row r = w.row(s, row++);
            w.text(r, 1, "TCO", totalText);
            w.text(r, 2, "total cost of ownership over " + rfp.termMonths() + " months (engine value)", totalText);
            for (int v = 0; v < vendors.size(); v++) {
                Vendor vd = vendors.get(v);
                Cell c = r.createCell(pointsColumn(v));
                c.setCellStyle(money);
                if (vd.tco() != null) c.setCellValue(vd.tco());
                else safeText(c, "no TCO");
            }
            if (!vendors.isEmpty()) {
                comment(r.getCell(pointsColumn(0)), "The engine's value: the TCO sums " + rfp.termMonths()
                        + " monthly terms (fees, retraining, patient impact, governance) plus onboarding and the expected"
                        + " exit cost; it is not re-expressed as a formula (see 'vendorbench tco').");
            }
            return r.getRowNum();
        }

        private int priceScore(int tcoRow) {
            int pr = row++;
            Row r = w.row(s, pr);
            w.text(r, 0, "PS", totalText);
            w.text(r, 1, "Price score", totalText);
            w.text(r, 2, "PS = MIN(100, 100 × lowest TCO of the qualified vendors / TCO); 0 without a TCO", totalText);
            List<String> ref = new ArrayList<>();
            for (int v = 0; v < vendors.size(); v++) {
                if (vendors.get(v).tco() != null && !vendors.get(v).score().disqualified()) ref.add(ref(pointsColumn(v), tcoRow));
            }
            if (ref.isEmpty()) {
                for (int v = 0; v < vendors.size(); v++) if (vendors.get(v).tco() != null) ref.add(ref(pointsColumn(v), tcoRow));
            }
            for (int v = 0; v < vendors.size(); v++) {
                Cell c = r.createCell(pointsColumn(v));
                c.setCellStyle(totalPoints);
                String t = ref(pointsColumn(v), tcoRow);
                if (ref.isEmpty()) c.setCellValue(0);
                else c.setCellFormula("IF(ISNUMBER(" + t + "),MIN(100,100*MIN(" + String.join(",", ref) + ")/" + t + "),0)");
            }
            return pr;
        }

        private int combined(int qualityRow, int psRow) {
            int cr = row++;
            Row r = w.row(s, cr);
            w.text(r, 0, "C", totalText);
            w.text(r, 1, "Combined", totalText);
            w.text(r, 2, "C = (1 − p) × Q + p × PS, p = price weight (column " + A1.column(WEIGHT_COL) + ", percent) / 100", totalText);
            w.number(r, WEIGHT_COL, rfp.priceWeight(), weight);
            String p = "$" + A1.column(WEIGHT_COL) + "$" + (cr + 1) + "/100";
            for (int v = 0; v < vendors.size(); v++) {
                int pc = pointsColumn(v);
                Cell c = r.createCell(pc);
                c.setCellStyle(totalPoints);
                c.setCellFormula("(1-" + p + ")*" + ref(pc, qualityRow) + "+" + p + "*" + ref(pc, psRow));
            }
            return cr;
        }

        private void rank() {
            Row r = w.row(s, row++);
            w.text(r, 1, "Rank", totalText);
            w.text(r, 2, "qualified by combined (ties: quality, then name), then the disqualified (engine value)", totalText);
            for (int v = 0; v < vendors.size(); v++) {
                Integer rank = vendors.get(v).rank();
                w.number(r, pointsColumn(v), rank == null ? null : rank.doubleValue(), totalPoints);
            }
        }

        private void safeText(Cell c, String text) {
            w.safe.setText(c, text);
        }

        private void comment(Cell cell, String text) {
            ClientAnchor anchor = w.wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(cell.getColumnIndex());
            anchor.setCol2(cell.getColumnIndex() + 4);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 6);
            Comment c = drawing.createCellComment(anchor);
            c.setString(w.wb.getCreationHelper().createRichTextString(text));
            c.setAuthor("Vendorbench");
            cell.setCellComment(c);
        }
    }

    private static String ref(int col, int row) {
        return A1.address(row, col);
    }

    private static String range(int col, int first, int last) {
        return A1.address(first, col) + ":" + A1.address(last, col);
    }

    private static String answerText(VendorResponse r, String questionId) {
        if (r == null) return null;
        for (Answer a : r.answers()) {
            if (Fold.same(a.questionId(), questionId)) return a.raw() == null || a.raw().isEmpty() ? "(no answer)" : a.raw();
        }
        return "(no answer)";
    }

    private static String commitment(VendorResponse r, String kpiId) {
        if (r == null) return null;
        for (KpiCommitment k : r.kpis()) {
            if (Fold.same(k.kpiId(), kpiId)) return k.raw() == null || k.raw().isEmpty() ? "(no commitment)" : k.raw();
        }
        return "(no commitment)";
    }
}
