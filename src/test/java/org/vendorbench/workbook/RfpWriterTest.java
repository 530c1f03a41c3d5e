package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.workbook.WrittenWorkbook.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Rfp;

class RfpWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesEverySheetOfTheDefinitionWithRulesAsText() throws Exception {
        Path out = dir.resolve("rfp.xlsx");
        RfpWriter.write(WriterFixtures.rfp(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(sheetNames(wb)).containsExactly("RFP", "Sections", "Questions", "KPIs", "Assumptions", "Checklist");
            Sheet rfp = wb.getSheet("RFP");
            assertThat(row(rfp, 0)).containsExactly("Key", "Value");
            assertThat(row(rfp, 1)).containsExactly("RFP ID", "MCC-TEST-01");
            assertThat(text(rfp, "A6")).isEqualTo("Due");
            assertThat(DateUtil.isCellDateFormatted(cell(rfp, "B6"))).isTrue();
            assertThat(cell(rfp, "B6").getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-12-11");
            assertThat(row(rfp, 6)).containsExactly("Currency", "USD");
            assertThat(row(rfp, 7)).containsExactly("Contract term (months)", "36");
            assertThat(row(rfp, 8)).containsExactly("Price weight", "30");
            assertThat(row(rfp, 9)).containsExactly("Format", "vendorbench-rfp/1");

            assertThat(row(wb.getSheet("Sections"), 2)).containsExactly("OT", "Operations", "20.5");
            Sheet q = wb.getSheet("Questions");
            assertThat(row(q, 0)).containsExactlyElementsOf(RfpWriter.QUESTION_HEADERS);
            assertThat(row(q, 1)).containsExactly("CS-01", "CS", "Will you sign our BAA?", "YES_NO", "", "Y", "No", "3", "");
            assertThat(row(q, 2)).containsExactly("CS-02", "CS", "Which attestation do you hold?", "CHOICE",
                    "SOC 2 Type II=5|SOC 2 Type I=2|None=0", "Y", "None|SOC 2 Type I", "2", "");
            assertThat(row(q, 3)).containsExactly("CS-03", "CS", "Hours to notify a breach", "NUMBER", "", "N", "> 72", "1.5",
                    "target=24; floor=72; lower");
            assertThat(row(q, 4).get(8)).isEqualTo("manual");
            assertThat(row(q, 5)).containsExactly("OT-02", "OT", "Share of calls recorded", "PERCENT", "", "N", "", "0",
                    "target=99.5; floor=80; higher");
            assertThat(row(q, 8).get(8)).isEqualTo("target=5000000; floor=1000000; higher");
            assertThat(row(q, 9).subList(3, 9)).containsExactly("CHOICE", "Dashboard|PDF, weekly", "N", "", "1", "manual");
            assertThat(cell(q, "H2").getCellType()).isEqualTo(CellType.NUMERIC);

            Sheet k = wb.getSheet("KPIs");
            assertThat(row(k, 0)).containsExactlyElementsOf(RfpWriter.KPI_HEADERS);
            assertThat(row(k, 1)).containsExactly("FCR", "First-Call Resolution", "percent", "higher", "80", "75", "70", "2");
            assertThat(row(k, 2)).containsExactly("ASA", "Average Speed to Answer", "seconds", "lower", "30", "", "60", "1");
            assertThat(row(k, 3)).containsExactly("HIPAA", "HIPAA incidents", "per_1000_calls", "lower", "0", "0.1", "0.5", "1");

            Sheet a = wb.getSheet("Assumptions");
            assertThat(row(a, 1)).containsExactly("Monthly call volume", "12000", "10000", "15000");
            assertThat(row(a, 3)).containsExactly("Discount rate", "2.5", "", "");
            assertThat(row(wb.getSheet("Checklist"), 2)).containsExactly("OM-01", "Ongoing Management", "Owner assigned", "N");
            assertThat(hasFormula(wb)).isFalse();
        }
    }

    @Test
    void noChecklistSheetWhenTheRfpUsesTheBuiltInList() throws Exception {
        Rfp r = WriterFixtures.rfp();
        Rfp noList = new Rfp(r.rfpId(), r.title(), r.organization(), r.issued(), null, r.currency(), 12, 25, r.format(),
                r.sections(), r.questions(), r.kpis(), r.assumptions(), List.of());
        Path out = dir.resolve("rfp.xlsx");
        RfpWriter.write(noList, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Checklist")).isNull();
            assertThat(text(wb.getSheet("RFP"), "B6")).isEmpty();
        }
    }

    @Test
    void hostileRequirementTextIsQuotedButUnchanged() throws Exception {
        Path out = dir.resolve("rfp.xlsx");
        RfpWriter.write(WriterFixtures.rfp(WriterFixtures.CMD, "@SUM(A1)", "+Plus"), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(hasFormula(wb)).isFalse();
            var c = cell(wb.getSheet("Questions"), "C3");
            assertThat(c.getStringCellValue()).isEqualTo(WriterFixtures.CMD);
            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(wb.getSheet("Questions"), "E3").getStringCellValue()).startsWith("+Plus=5|");
            assertThat(cell(wb.getSheet("Sections"), "B2").getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        assertThat(RfpWriter.number(80)).isEqualTo("80");
        assertThat(RfpWriter.number(0.1)).isEqualTo("0.1");
        assertThat(RfpWriter.number(-2.50)).isEqualTo("-2.5");
        assertThat(RfpWriter.number(1_500_000)).isEqualTo("1500000");
        assertThat(RfpWriter.number(99.95)).isEqualTo("99.95");
        assertThat(RfpWriter.number(1e-7)).isEqualTo("0.0000001");
    }
}
