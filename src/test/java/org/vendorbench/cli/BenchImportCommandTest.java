package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench import} at a small size: every phase measured, the files imported whole, bad options refused. */
class BenchImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void measuresTheFourPhasesAfterTheWarmUp() throws Exception {
        CliRun r = CliRun.run("bench", "import", "--workbooks", "3", "--questions", "70", "--warmup", "1", "--rounds", "2",
                "--dir", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Generated 3 workbooks of 70 questions in " + dir)
                .contains("Best of 2 rounds after 1 warm-up rounds");
        for (String phase : List.of("zip+sax floor", "workbook read", "response read", "full import")) {
            Matcher m = Pattern.compile(Pattern.quote(phase) + " +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)")
                    .matcher(r.out());
            assertThat(m.find()).as(phase + " row in:%n%s", r.out()).isTrue();
            assertThat(Double.parseDouble(m.group(1))).as(phase + " seconds").isPositive();
            assertThat(Double.parseDouble(m.group(4))).as(phase + " peak heap MB").isPositive();
        }
        assertThat(r.out()).containsPattern("full import / floor = [0-9.]+ \\(goal <= 1\\.5\\)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).count()).isEqualTo(3);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".vbench")).toList())
                    .as("the benchmark's workspaces are removed").isEmpty();
        }
    }

    @Test
    void aNegativeWarmUpOrNoRoundsIsAUsageError() {
        CliRun r = CliRun.run("bench", "import", "--warmup", "-1", "--dir", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--warmup 0 or more");
        assertThat(CliRun.run("bench", "import", "--rounds", "0", "--dir", dir.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }
}
