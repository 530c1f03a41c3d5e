package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.samples.SampleRfpData;
import org.vendorbench.workbook.RfpWriter;

class TemplateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VendorbenchCli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesTheQuestionnaireForAnRfpWithOrWithoutTheBuyersRules() throws Exception {
        Path rfp = dir.resolve("rfp.xlsx");
        RfpWriter.write(SampleRfpData.rfp(), rfp);
        Path q = dir.resolve("q.xlsx");
        assertThat(run("template", "--rfp", rfp.toString(), "--out", q.toString(), "--vendor", "Acme")).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(q))) {
            assertThat(wb.getSheet("Cover").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Acme");
            assertThat(wb.getSheet("Questionnaire").getLastRowNum()).isEqualTo(SampleRfpData.rows().size());
            assertThat(wb.getSheet("Questionnaire").getRow(0).getLastCellNum()).isEqualTo((short) 8);
        }
        assertThat(run("template", "--disclose-weights", "--rfp", rfp.toString(), "--out", q.toString())).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(q))) {
            assertThat(wb.getSheet("Questionnaire").getRow(0).getLastCellNum()).isEqualTo((short) 11);
            assertThat(wb.getSheet("Cover").getRow(2).getCell(1).getStringCellValue()).isEmpty();
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aRefusedRfpExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Path rfp = dir.resolve("rfp.xlsx");
        Files.writeString(rfp, "this is not a workbook");
        Path q = dir.resolve("q.xlsx");
        assertThat(run("template", "--rfp", rfp.toString(), "--out", q.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString().strip()).startsWith("vendorbench:").doesNotContain("\n").doesNotContain("Exception");
        assertThat(Files.exists(q)).isFalse();
        assertThat(run("template", "--out", q.toString())).isEqualTo(ExitCodes.USAGE);
    }
}
