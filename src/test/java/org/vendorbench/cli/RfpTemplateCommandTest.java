package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfpTemplateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VendorbenchCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesTheTemplateAndOverwritesAnExistingFile() throws Exception {
        Path f = dir.resolve("rfp.xlsx");
        Files.writeString(f, "old");
        assertThat(run("rfp-template", "--out", f.toString())).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
            assertThat(wb.getSheet("RFP")).isNotNull();
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void missingOutIsAUsageErrorAndAMissingFolderIsOneLine() {
        assertThat(run("rfp-template")).isEqualTo(ExitCodes.USAGE);
        StringWriter e2 = new StringWriter();
        int code = VendorbenchCli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(e2, true))
                .execute("rfp-template", "--out", dir.resolve("nope/rfp.xlsx").toString());
        assertThat(code).isEqualTo(ExitCodes.REFUSED);
        assertThat(e2.toString().strip()).doesNotContain("\n").contains("folder does not exist").startsWith("vendorbench:");
        assertThat(Files.exists(dir.resolve("nope"))).isFalse();
    }
}
