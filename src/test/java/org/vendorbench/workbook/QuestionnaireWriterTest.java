package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.workbook.WrittenWorkbook.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Rfp;

class QuestionnaireWriterTest {
    @TempDir
    Path dir;

    private XSSFWorkbook writeAndOpen(Rfp rfp, String vendor, boolean disclose) throws Exception {
        Path out = dir.resolve("q.xlsx");
        QuestionnaireWriter.write(rfp, vendor, disclose, out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    @Test
    void hasTheSheetsAndHeadersOfTheContract() throws Exception {
        Rfp rfp = WriterFixtures.rfp();
        try (XSSFWorkbook wb = writeAndOpen(rfp, "Acme Patient Access", false)) {
            assertThat(sheetNames(wb)).startsWith("Instructions", "Cover", "Questionnaire", "KPI Commitments", "Pricing");
            Sheet cover = wb.getSheet("Cover");
            assertThat(row(cover, 0)).containsExactly("Key", "Value");
            assertThat(row(cover, 1)).containsExactly("RFP ID", "MCC-TEST-01");
            assertThat(row(cover, 2)).containsExactly("Vendor", "Acme Patient Access");
            assertThat(text(cover, "A4") + text(cover, "A5") + text(cover, "A6")).isEqualTo("ContactEmailSubmitted");
            assertThat(row(cover, 6)).containsExactly("Format", "vendorbench-response/1");

            Sheet q = wb.getSheet("Questionnaire");
            assertThat(row(q, 0)).containsExactlyElementsOf(QuestionnaireWriter.QUESTION_HEADERS);
            assertThat(q.getLastRowNum()).isEqualTo(rfp.questions().size());
            assertThat(row(q, 1)).containsExactly("CS-01", "Compliance & Security", "Will you sign our BAA?", "YES_NO", "", "Y", "", "");
            assertThat(row(q, 2).subList(0, 6)).containsExactly("CS-02", "Compliance & Security", "Which attestation do you hold?",
                    "CHOICE", "SOC 2 Type II|SOC 2 Type I|None", "Y");
            assertThat(text(q, "B5")).isEqualTo("Operations");
            assertThat(q.getPaneInformation().isFreezePane()).isTrue();
            assertThat(q.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);

            Sheet k = wb.getSheet("KPI Commitments");
            assertThat(row(k, 0)).containsExactlyElementsOf(QuestionnaireWriter.KPI_HEADERS);
            assertThat(row(k, 1).subList(0, 3)).containsExactly("FCR", "First-Call Resolution", "percent");
            assertThat(cell(k, "D2").getNumericCellValue()).isEqualTo(80.0);
            assertThat(cell(k, "D2").getCellStyle().getDataFormatString()).startsWith("\"at least \"");
            assertThat(cell(k, "D3").getCellStyle().getDataFormatString()).startsWith("\"at most \"");
            assertThat(text(k, "C4")).isEqualTo("per_1000_calls");

            Sheet p = wb.getSheet("Pricing");
            assertThat(row(p, 0)).containsExactlyElementsOf(QuestionnaireWriter.PRICING_HEADERS);
            List<String> ids = new ArrayList<>();
            for (int r = 1; r <= p.getLastRowNum(); r++) ids.add(text(p, "A" + (r + 1)));
            assertThat(ids).containsExactly("P-MODEL", "P-RATE", "P-FTE", "P-MIN", "P-ONBOARD", "P-TRAIN", "P-AGENTS", "P-ESC", "P-ETF");
            for (int r = 2; r <= 10; r++) assertThat(text(p, "B" + r)).isNotBlank();

            String instructions = String.join("\n", allTextOf(wb.getSheet("Instructions")));
            assertThat(instructions).contains("2026-12-11", "RFP ID", "Format", "Test Clinic", "Yes, No, Partial or N/A");
        }
    }

    private static List<String> allTextOf(Sheet s) {
        List<String> out = new ArrayList<>();
        for (var r : s) for (var c : r) if (c.getCellType() == CellType.STRING) out.add(c.getStringCellValue());
        return out;
    }

    @Test
    void everySheetIsProtectedAndOnlyTheVendorsCellsAreUnlocked() throws Exception {
        Rfp rfp = WriterFixtures.rfp();
        try (XSSFWorkbook wb = writeAndOpen(rfp, null, false)) {
            for (Sheet s : wb) {
                assertThat(((XSSFSheet) s).isSheetLocked()).as(s.getSheetName()).isTrue();
                assertThat(((XSSFSheet) s).validateSheetPassword(QuestionnaireWriter.SHEET_PASSWORD)).isTrue();
            }
            List<String> expected = new ArrayList<>(List.of("Cover!B3", "Cover!B4", "Cover!B5", "Cover!B6"));
            for (int r = 2; r <= rfp.questions().size() + 1; r++) {
                expected.add("Questionnaire!G" + r);
                expected.add("Questionnaire!H" + r);
            }
            for (int r = 2; r <= rfp.kpis().size() + 1; r++) {
                expected.add("KPI Commitments!E" + r);
                expected.add("KPI Commitments!F" + r);
            }
            for (int r = 2; r <= 10; r++) {
                expected.add("Pricing!D" + r);
                expected.add("Pricing!E" + r);
            }
            assertThat(unlockedCells(wb)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(text(wb.getSheet("Cover"), "B3")).isEmpty();
        }
    }

    @Test
    void dropDownsForYesNoChoiceAndPricingModelWithLabelsOnly() throws Exception {
        try (XSSFWorkbook wb = writeAndOpen(WriterFixtures.rfp(), null, false)) {
            Map<String, String> v = listValidations(wb.getSheet("Questionnaire"));
            assertThat(v).containsEntry("G2", "Yes|No|Partial|N/A");
            assertThat(v).containsEntry("G3", "SOC 2 Type II|SOC 2 Type I|None");
            assertThat(v).doesNotContainKeys("G4", "G5", "G6", "G7", "G8", "G9");
            // an option with a comma cannot be an inline list: it comes from the very hidden list sheet
            assertThat(v.get("G10")).startsWith("'" + SheetWriter.LISTS_SHEET + "'!$A$1:$A$2");
            int lists = wb.getSheetIndex(SheetWriter.LISTS_SHEET);
            assertThat(wb.getSheetVisibility(lists)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(text(wb.getSheetAt(lists), "A2")).isEqualTo("PDF, weekly");
            assertThat(listValidations(wb.getSheet("Pricing"))).containsExactly(
                    Map.entry("D2", "per_minute|per_call|per_fte_month|flat_month"));
        }
    }

    @Test
    void buyerWeightsKnockoutsAndScoringStayHiddenUnlessDisclosed() throws Exception {
        try (XSSFWorkbook wb = writeAndOpen(WriterFixtures.rfp(), null, false)) {
            assertThat(row(wb.getSheet("Questionnaire"), 0)).doesNotContain("Weight", "Knockout", "Scoring");
            for (String t : allText(wb)) {
                assertThat(t).doesNotContain("=5", "=2", "target=", "floor=", "None|SOC 2 Type I", "> 72", "manual");
            }
            for (var r : wb.getSheet("Questionnaire")) {
                for (Cell c : r) assertThat(c.getCellType()).isNotEqualTo(CellType.NUMERIC);
            }
        }
        try (XSSFWorkbook wb = writeAndOpen(WriterFixtures.rfp(), null, true)) {
            Sheet q = wb.getSheet("Questionnaire");
            List<String> h = new ArrayList<>(QuestionnaireWriter.QUESTION_HEADERS);
            h.addAll(QuestionnaireWriter.DISCLOSED_HEADERS);
            assertThat(row(q, 0)).containsExactlyElementsOf(h);
            assertThat(row(q, 2).subList(8, 11)).containsExactly("2", "None|SOC 2 Type I", "");
            assertThat(row(q, 3).subList(8, 11)).containsExactly("1.5", "> 72", "target=24; floor=72; lower");
            assertThat(row(q, 4).subList(8, 11)).containsExactly("1", "", "manual");
            assertThat(text(q, "E3")).isEqualTo("SOC 2 Type II|SOC 2 Type I|None");
            assertThat(unlockedCells(wb)).noneMatch(a -> a.matches("Questionnaire![I-K]\\d+"));
        }
    }

    @Test
    void hostileVendorNameAndRfpTextAreStoredAsQuotedText() throws Exception {
        Rfp rfp = WriterFixtures.rfp("+1", "@SUM(A1:A9)", "-Evil option");
        try (XSSFWorkbook wb = writeAndOpen(rfp, WriterFixtures.CMD, true)) {
            assertThat(hasFormula(wb)).isFalse();
            Cell vendor = cell(wb.getSheet("Cover"), "B3");
            assertThat(vendor.getCellType()).isEqualTo(CellType.STRING);
            assertThat(vendor.getStringCellValue()).isEqualTo(WriterFixtures.CMD);
            assertThat(vendor.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(vendor.getCellStyle().getLocked()).isFalse();
            Sheet q = wb.getSheet("Questionnaire");
            for (String a1 : List.of("C3", "B2", "E3")) {
                Cell c = cell(q, a1);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).as(a1).isTrue();
                assertThat(c.getHyperlink()).isNull();
            }
            assertThat(cell(q, "C3").getStringCellValue()).isEqualTo("+1");
            assertThat(cell(q, "B2").getStringCellValue()).isEqualTo("@SUM(A1:A9)");
            assertThat(cell(q, "E3").getStringCellValue()).isEqualTo("-Evil option|SOC 2 Type I|None");
            // a dangerous option goes to the list sheet as quoted text, never inline
            assertThat(listValidations((XSSFSheet) q).get("G3")).startsWith("'" + SheetWriter.LISTS_SHEET + "'!");
            Cell listed = cell(wb.getSheet(SheetWriter.LISTS_SHEET), "A1");
            assertThat(listed.getStringCellValue()).isEqualTo("-Evil option");
            assertThat(listed.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(String.join("\n", allTextOf(wb.getSheet("Instructions")))).doesNotContain("=cmd");
        }
    }

    @Test
    void overwritesAnExistingFileAtomically() throws Exception {
        Path out = dir.resolve("q.xlsx");
        Files.writeString(out, "not a workbook");
        QuestionnaireWriter.write(WriterFixtures.rfp(), "Acme", false, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(text(wb.getSheet("Cover"), "B3")).isEqualTo("Acme");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
