package org.vendorbench.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRfpsGeneratorTest {
    @TempDir
    Path dir;

    private static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) names.add(s.getSheetName());
        return names;
    }

    @Test
    void writesTheRfpFiveVendorsAndTheScores() throws Exception {
        SampleRfpsGenerator.main(new String[] {dir.toString()});
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "mcc-rfp.xlsx", "scores.xlsx", "vendor-budgetvoice.xlsx", "vendor-careline.xlsx",
                    "vendor-medconnect.xlsx", "vendor-premier.xlsx", "vendor-securecall.xlsx");
        }
        try (Workbook wb = WorkbookFactory.create(dir.resolve("mcc-rfp.xlsx").toFile(), null, true)) {
            assertThat(sheetNames(wb)).containsExactly("RFP", "Sections", "Questions", "KPIs", "Assumptions", "Checklist");
            assertThat(wb.getSheet("Questions").getLastRowNum()).isEqualTo(SampleRfpData.rows().size());
            assertThat(wb.getSheet("Questions").getLastRowNum()).isBetween(55, 65);
            assertThat(wb.getSheet("KPIs").getLastRowNum()).isEqualTo(8);
            assertThat(wb.getSheet("Sections").getLastRowNum()).isEqualTo(7);
            List<String> types = new ArrayList<>();
            for (Row r : wb.getSheet("Questions")) if (r.getRowNum() > 0) types.add(r.getCell(3).getStringCellValue());
            assertThat(types).contains("YES_NO", "CHOICE", "NUMBER", "PERCENT", "CURRENCY", "DURATION", "TEXT", "DATE");
        }
        for (SampleRfpData.SampleVendor v : SampleRfpData.VENDORS) {
            try (Workbook wb = WorkbookFactory.create(dir.resolve(v.file()).toFile(), null, true)) {
                assertThat(sheetNames(wb)).as(v.file()).contains("Cover", "KPI Commitments", "Pricing");
                assertThat(sheetNames(wb).stream().anyMatch(n -> n.startsWith("Questionnaire"))).isTrue();
            }
        }
        try (Workbook wb = WorkbookFactory.create(dir.resolve("vendor-medconnect.xlsx").toFile(), null, true)) {
            Sheet q = wb.getSheet("Questionnaire (Vendor)");
            assertThat(q.getNumMergedRegions()).isGreaterThan(6);
            assertThat(q.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Req #");
        }
        try (Workbook wb = WorkbookFactory.create(dir.resolve("scores.xlsx").toFile(), null, true)) {
            Sheet s = wb.getSheet("Scores");
            assertThat(s.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Note");
            // 3 evaluators x 5 vendors x 8 manual questions
            assertThat(s.getLastRowNum()).isEqualTo(3 * 5 * 8);
        }
    }

    @Test
    void manualScoresHaveAtLeastOneSpreadOfTwoPoints() {
        boolean spread = false;
        for (int v = 0; v < SampleRfpData.VENDORS.size(); v++) {
            for (SampleRfpData.Row row : SampleRfpData.rows()) {
                if (!row.question().isManual()) continue;
                double min = 5, max = 0;
                for (int e = 0; e < 3; e++) {
                    double s = SampleRfpData.manualScore(v, row.question().id(), e);
                    min = Math.min(min, s);
                    max = Math.max(max, s);
                }
                if (max - min >= 2) spread = true;
            }
        }
        assertThat(spread).isTrue();
    }

    @Test
    void everyManualQuestionIsAnsweredByEveryVendor() {
        for (SampleRfpData.Row row : SampleRfpData.rows()) {
            if (!row.question().isManual()) continue;
            for (String a : row.answers()) assertThat(a).as(row.question().id()).isNotBlank();
        }
    }
}
