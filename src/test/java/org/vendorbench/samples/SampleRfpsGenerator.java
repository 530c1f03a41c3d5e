package org.vendorbench.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.workbook.AtomicFileWriter;
import org.vendorbench.workbook.QuestionnaireWriter;
import org.vendorbench.workbook.RfpWriter;

/**
 * Generates the demo in {@code sample-rfps/} (the RFP the GUI opens on first start and the
 * README screenshots): {@code mcc-rfp.xlsx}, five {@code vendor-*.xlsx} responses and
 * {@code scores.xlsx}. Four vendors answer in the exported questionnaire as a careful vendor
 * would; MedConnect sends the kind of workbook importers meet in real life (title block, renamed
 * and reordered headers, merged section cells, a hidden row, a duplicate ID, a formula, numbers
 * as text, "85%" strings, "0:30" durations, "$1,250.00" amounts, two missing answers).
 *
 * <p>Run: {@code main(new String[] {"sample-rfps"})}.
 */
public final class SampleRfpsGenerator {
    public static final String RFP_FILE = "mcc-rfp.xlsx";
    public static final String SCORES_FILE = "scores.xlsx";

    private SampleRfpsGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-rfps");
        generate(dir).forEach(p -> System.out.println("wrote " + p));
    }

    /** Writes every sample file into {@code dir} (created when missing) and returns their paths. */
    public static List<Path> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        Rfp rfp = SampleRfpData.rfp();
        Path rfpFile = dir.resolve(RFP_FILE);
        RfpWriter.write(rfp, rfpFile);
        out.add(rfpFile);
        for (int v = 0; v < SampleRfpData.VENDORS.size(); v++) {
            SampleRfpData.SampleVendor vendor = SampleRfpData.VENDORS.get(v);
            Path file = dir.resolve(vendor.file());
            AtomicFileWriter.write(file, v == SampleRfpData.MEDCONNECT ? messy(rfp, v) : careful(rfp, v));
            out.add(file);
        }
        Path scores = dir.resolve(SCORES_FILE);
        AtomicFileWriter.write(scores, scores(rfp));
        out.add(scores);
        return out;
    }

    // ---------------------------------------------------------------- careful vendors

    private static XSSFWorkbook careful(Rfp rfp, int v) {
        SampleRfpData.SampleVendor vendor = SampleRfpData.VENDORS.get(v);
        XSSFWorkbook wb = QuestionnaireWriter.build(rfp, vendor.name(), false);
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.cloneStyleFrom(wb.getSheet("Questionnaire").getRow(1).getCell(6).getCellStyle());
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

        Sheet cover = wb.getSheet("Cover");
        for (Row row : cover) {
            String key = row.getCell(0).getStringCellValue();
            switch (key) {
                case "Contact" -> row.getCell(1).setCellValue(vendor.contact());
                case "Email" -> row.getCell(1).setCellValue(vendor.email());
                case "Submitted" -> row.getCell(1).setCellValue(vendor.submitted());
                default -> { }
            }
        }
        Sheet qs = wb.getSheet("Questionnaire");
        List<SampleRfpData.Row> rows = SampleRfpData.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = qs.getRow(i + 1);
            Question q = rows.get(i).question();
            if (!row.getCell(0).getStringCellValue().equals(q.id())) throw new IllegalStateException("row order " + q.id());
            String answer = rows.get(i).answers()[v];
            if (answer == null) continue;
            String value = SampleStory.value(answer);
            Cell response = row.getCell(6);
            switch (q.type()) {
                case NUMBER, PERCENT, CURRENCY -> response.setCellValue(Double.parseDouble(value));
                case DURATION -> response.setCellValue(durationText(Double.parseDouble(value)));
                case DATE -> {
                    response.setCellValue(LocalDate.parse(value));
                    response.setCellStyle(dateStyle);
                }
                default -> response.setCellValue(value.equals("NA") ? "N/A" : value);
            }
            int sep = answer.indexOf(" || ");
            if (sep >= 0) row.getCell(7).setCellValue(answer.substring(sep + 4));
        }
        Sheet kpis = wb.getSheet("KPI Commitments");
        for (int i = 0; i < rfp.kpis().size(); i++) {
            Kpi k = rfp.kpis().get(i);
            double x = SampleRfpData.KPI_VALUES.get(k.id())[v];
            kpis.getRow(i + 1).getCell(4).setCellValue(x);
        }
        Sheet pricing = wb.getSheet("Pricing");
        Pricing p = vendor.pricing();
        for (Row row : pricing) {
            if (row.getRowNum() == 0) continue;
            String id = row.getCell(0).getStringCellValue();
            Cell value = row.getCell(3);
            Object item = p.asItems().get(id);
            if (item instanceof String s) value.setCellValue(s);
            else if (item instanceof Double d) value.setCellValue(d);
        }
        return wb;
    }

    /** A duration as a person writes it: {@code 4 hours}, {@code 15 min}, {@code 30 seconds}. */
    static String durationText(double seconds) {
        long s = (long) seconds;
        if (s >= 3600 && s % 3600 == 0) return (s / 3600) + (s == 3600 ? " hour" : " hours");
        if (s >= 60 && s % 60 == 0) return (s / 60) + " min";
        return s + " seconds";
    }

    // ---------------------------------------------------------------- the messy vendor

    private static XSSFWorkbook messy(Rfp rfp, int v) {
        SampleRfpData.SampleVendor vendor = SampleRfpData.VENDORS.get(v);
        XSSFWorkbook wb = new XSSFWorkbook();
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 16);
        CellStyle titleStyle = wb.createCellStyle();
        titleStyle.setFont(bold);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0%"));

        Sheet cover = wb.createSheet("Cover");
        cell(cover, 0, 0, "MedConnect Contact Centers — Proposal").setCellStyle(titleStyle);
        cell(cover, 2, 0, "Key");
        cell(cover, 2, 1, "Value");
        String[][] kv = {{"RFP ID", rfp.rfpId()}, {"Vendor", vendor.name()}, {"Contact", vendor.contact()},
            {"Email", vendor.email()}, {"Submitted", "December 11, 2026"}, {"Format", "vendorbench-response/1"}};
        for (int i = 0; i < kv.length; i++) {
            cell(cover, 3 + i, 0, kv[i][0]);
            cell(cover, 3 + i, 1, kv[i][1]);
        }

        Sheet qs = wb.createSheet("Questionnaire (Vendor)");
        cell(qs, 0, 0, "MEDCONNECT").setCellStyle(titleStyle);
        qs.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        cell(qs, 1, 0, "Response to RFP " + rfp.rfpId() + " – Confidential");
        String[] headers = {"Req #", "Vendor Response", "Notes", "Requirement", "Section", "Internal ref"};
        for (int c = 0; c < headers.length; c++) cell(qs, 3, c, headers[c]);
        qs.setColumnWidth(1, 40 * 256);
        qs.setColumnWidth(3, 60 * 256);
        int r = 4;
        String currentSection = null;
        int sectionStart = -1;
        int yesCount = 0;
        List<SampleRfpData.Row> rows = SampleRfpData.rows();
        for (int i = 0; i < rows.size(); i++) {
            Question q = rows.get(i).question();
            if (!q.sectionId().equals(currentSection)) {
                if (sectionStart >= 0 && r - 1 > sectionStart) qs.addMergedRegion(new CellRangeAddress(sectionStart, r - 1, 4, 4));
                currentSection = q.sectionId();
                String name = rfp.section(currentSection).map(Section::name).orElseThrow();
                cell(qs, r, 0, name.toUpperCase());
                qs.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
                r++;
                sectionStart = r;
            }
            String answer = rows.get(i).answers()[v];
            String id = switch (q.id()) {
                case "CS-03" -> "cs_03";
                case "TK-01" -> "Tk 01";
                case "OT-05" -> "ot-05 ";
                default -> q.id();
            };
            cell(qs, r, 0, id);
            cell(qs, r, 3, q.requirement()).setCellStyle(wrap);
            cell(qs, r, 5, "MC-" + (1000 + i));
            if (r == sectionStart) cell(qs, r, 4, rfp.section(q.sectionId()).map(Section::name).orElseThrow());
            if (answer != null) {
                String value = SampleStory.value(answer);
                int sep = answer.indexOf(" || ");
                String comment = sep >= 0 ? answer.substring(sep + 4) : null;
                if (q.id().equals("VQ-01")) {
                    Cell f = qs.getRow(r).createCell(1);
                    f.setCellFormula("4+5");
                    wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
                } else if (q.type() == QuestionType.YES_NO && comment != null) {
                    cell(qs, r, 1, value + " – " + comment);
                } else if (q.type() == QuestionType.YES_NO && value.equals("Yes")) {
                    cell(qs, r, 1, new String[] {"Yes", "Y", "yes", "✓"}[yesCount++ % 4]);
                } else if (q.type() == QuestionType.YES_NO && value.equals("Partial")) {
                    cell(qs, r, 1, "Partially");
                } else {
                    cell(qs, r, 1, messyValue(q, value));
                }
            }
            if (q.id().equals("CS-05")) qs.getRow(r).setZeroHeight(true);
            r++;
            if (q.id().equals("VQ-04")) {
                cell(qs, r, 0, "VQ-04");
                cell(qs, r, 1, "12");
                cell(qs, r, 2, "Figure for our offshore site");
                cell(qs, r, 3, q.requirement());
                r++;
            }
        }
        if (r - 1 > sectionStart) qs.addMergedRegion(new CellRangeAddress(sectionStart, r - 1, 4, 4));
        cell(qs, r + 1, 0, "All figures as of November 2026. MedConnect confidential.");

        Sheet kpis = wb.createSheet("KPI Commitments");
        String[] kh = {"KPI ID", "KPI", "Commitment", "Remarks"};
        for (int c = 0; c < kh.length; c++) cell(kpis, 0, c, kh[c]);
        String[] kraw = {"78%", "0:35", "6 %", null, "83%", "0.1", "5%", "1:45"};
        for (int i = 0; i < rfp.kpis().size(); i++) {
            Kpi k = rfp.kpis().get(i);
            cell(kpis, i + 1, 0, k.id().toLowerCase());
            cell(kpis, i + 1, 1, k.name());
            if (kraw[i] == null) {
                Cell c = kpis.getRow(i + 1).createCell(2);
                c.setCellValue(SampleRfpData.KPI_VALUES.get(k.id())[v] / 100);
                c.setCellStyle(pct);
            } else {
                cell(kpis, i + 1, 2, kraw[i]);
            }
        }
        cell(kpis, 6, 3, "Monthly, trailing 12 months");

        Sheet pricing = wb.createSheet("Pricing");
        String[] ph = {"Item ID", "Item", "Price", "Notes"};
        for (int c = 0; c < ph.length; c++) cell(pricing, 0, c, ph[c]);
        String[][] items = {{"P-MODEL", "Per FTE month"}, {"P-RATE", "$2,650.00"}, {"P-FTE", "22"}, {"P-MIN", "$0"},
            {"P-ONBOARD", "$30,000"}, {"P-TRAIN", "1,000 USD"}, {"P-AGENTS", null}, {"P-ESC", "3.5%"}, {"P-ETF", "USD 75,000"}};
        for (int i = 0; i < items.length; i++) {
            cell(pricing, i + 1, 0, items[i][0]);
            if (items[i][1] == null) pricing.getRow(i + 1).createCell(2).setCellValue(22);
            else cell(pricing, i + 1, 2, items[i][1]);
        }
        cell(pricing, 2, 3, "per FTE per month, supervision included");
        return wb;
    }

    private static String messyValue(Question q, String value) {
        double n;
        return switch (q.type()) {
            case PERCENT -> (value.contains(".") ? value : value) + "%";
            case CURRENCY -> "$" + String.format(java.util.Locale.US, "%,.2f", Double.parseDouble(value));
            case NUMBER -> String.format(java.util.Locale.US, "%,d", (long) Double.parseDouble(value));
            case DURATION -> {
                n = Double.parseDouble(value);
                long s = (long) n;
                yield s < 3600 ? String.format("%d:%02d", s / 60, s % 60)
                        : String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
            }
            case DATE -> {
                LocalDate d = LocalDate.parse(value);
                yield q.id().equals("PC-03")
                        ? d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US) + " " + d.getDayOfMonth() + ", " + d.getYear()
                        : d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
            }
            case CHOICE -> q.id().equals("CS-02") ? value + " (2025 report)" : value.toLowerCase();
            default -> value;
        };
    }

    private static Cell cell(Sheet s, int r, int c, String text) {
        Row row = s.getRow(r);
        if (row == null) row = s.createRow(r);
        Cell cell = row.createCell(c);
        if (text != null) cell.setCellValue(text);
        return cell;
    }

    // ---------------------------------------------------------------- evaluator scores

    private static XSSFWorkbook scores(Rfp rfp) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Scores");
        String[] h = {"Evaluator", "Vendor", "ID", "Score", "Note"};
        for (int c = 0; c < h.length; c++) cell(s, 0, c, h[c]);
        int r = 1;
        for (int e = 0; e < SampleRfpData.EVALUATORS.size(); e++) {
            for (int v = 0; v < SampleRfpData.VENDORS.size(); v++) {
                for (Question q : rfp.questions()) {
                    if (!q.isManual()) continue;
                    double score = SampleRfpData.manualScore(v, q.id(), e);
                    cell(s, r, 0, SampleRfpData.EVALUATORS.get(e));
                    cell(s, r, 1, SampleRfpData.VENDORS.get(v).name());
                    cell(s, r, 2, q.id());
                    s.getRow(r).createCell(3).setCellValue(score);
                    if (v == SampleRfpData.MEDCONNECT && q.id().equals("TK-05")) {
                        cell(s, r, 4, new String[] {"No named clinical escalation path", "Supervisor on the floor is enough for us",
                            "Acceptable, needs a written protocol"}[e]);
                    }
                    r++;
                }
            }
        }
        for (int c = 0; c < h.length; c++) s.setColumnWidth(c, (c == 4 ? 40 : 22) * 256);
        return wb;
    }
}
