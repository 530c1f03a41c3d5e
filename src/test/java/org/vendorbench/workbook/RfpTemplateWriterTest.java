package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.workbook.WrittenWorkbook.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfpTemplateWriterTest {
    @TempDir
    Path dir;

    @Test
    void blankTemplateHasEveryKeyDefaultKpiAssumptionAndChecklistItem() throws Exception {
        Path out = dir.resolve("template.xlsx");
        RfpTemplateWriter.write(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(sheetNames(wb)).containsExactly("Read me", "RFP", "Sections", "Questions", "KPIs", "Assumptions", "Checklist");
            Sheet rfp = wb.getSheet("RFP");
            List<String> keys = new java.util.ArrayList<>();
            for (int r = 1; r <= rfp.getLastRowNum(); r++) keys.add(text(rfp, "A" + (r + 1)));
            assertThat(keys).containsExactly("RFP ID", "Title", "Organization", "Issued", "Due", "Currency",
                    "Contract term (months)", "Price weight", "Format");
            assertThat(text(rfp, "B7")).isEqualTo("USD");
            assertThat(text(rfp, "B8")).isEqualTo("36");
            assertThat(text(rfp, "B9")).isEqualTo("30");
            assertThat(text(rfp, "B10")).isEqualTo("vendorbench-rfp/1");
            assertThat(text(rfp, "B2")).isEmpty();

            assertThat(row(wb.getSheet("Questions"), 0)).containsExactlyElementsOf(RfpWriter.QUESTION_HEADERS);
            assertThat(wb.getSheet("Questions").getLastRowNum()).isZero();

            Sheet k = wb.getSheet("KPIs");
            assertThat(k.getLastRowNum()).isEqualTo(8);
            assertThat(row(k, 1)).containsExactly("FCR", "First-Call Resolution (FCR)", "percent", "higher", "80", "75", "70", "2");
            assertThat(row(k, 2).subList(0, 5)).containsExactly("ASA", "Average Speed to Answer (ASA)", "seconds", "lower", "30");
            assertThat(row(k, 6).subList(2, 5)).containsExactly("per_1000_calls", "lower", "0");
            assertThat(row(k, 8).subList(0, 5)).containsExactly("ACW", "After-Call Work (ACW)", "seconds", "lower", "90");

            Sheet a = wb.getSheet("Assumptions");
            assertThat(row(a, 0)).containsExactly("Key", "Value", "Low", "High");
            assertThat(a.getLastRowNum()).isEqualTo(14);
            assertThat(row(a, 1)).containsExactly("Monthly call volume", "", "", "");
            assertThat(row(a, 3).subList(0, 2)).containsExactly("Billable minutes per call", "4");
            assertThat(row(a, 11).subList(0, 2)).containsExactly("Exit cost in months of fees", "4.5");
            assertThat(row(a, 14).subList(0, 2)).containsExactly("Discount rate", "0");

            Sheet c = wb.getSheet("Checklist");
            assertThat(c.getLastRowNum()).isEqualTo(20);
            Set<String> groups = new LinkedHashSet<>();
            for (int r = 1; r <= 20; r++) groups.add(text(c, "B" + (r + 1)));
            assertThat(groups).containsExactly("Compliance and Security", "Vendor Quality", "Contract and KPIs", "Ongoing Management");
            assertThat(row(c, 1)).containsExactly("CS-01", "Compliance and Security",
                    "BAA signed and reviewed by your compliance team, not just countersigned and filed", "Y");
            assertThat(text(c, "A21")).isEqualTo("OM-04");

            String readMe = String.join("\n", allText(wb));
            assertThat(readMe).contains("target=T; floor=F; higher", "None|SOC 2 Type I", "=score", "per_1000_calls", "manual");
        }
    }

    @Test
    void dropDownsForTypeMandatoryDirectionAndUnit() throws Exception {
        try (XSSFWorkbook wb = RfpTemplateWriter.build()) {
            var q = listValidations(wb.getSheet("Questions"));
            assertThat(q).containsEntry("D2", "YES_NO|CHOICE|NUMBER|PERCENT|CURRENCY|DURATION|TEXT|DATE");
            assertThat(q).containsEntry("F2", "Y|N");
            var k = listValidations(wb.getSheet("KPIs"));
            assertThat(k).containsEntry("C2", "percent|seconds|per_1000_calls");
            assertThat(k).containsEntry("D2", "higher|lower");
            assertThat(wb.getSheet("Questions").getDataValidations().get(0).getRegions().getCellRangeAddress(0).getLastRow())
                    .isEqualTo(RfpTemplateWriter.INPUT_ROWS);
        }
    }
}
