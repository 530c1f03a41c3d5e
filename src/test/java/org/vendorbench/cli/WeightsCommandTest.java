package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return VendorbenchCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void jsonForTheLeaderExample() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, ",Experience,Education,Charisma,Age\nExperience,1,4,3,7\nEducation,1/4,1,1/3,3\n"
                + "Charisma,,,1,5\nAge,,,,1\n");
        assertThat(run("weights", "--pairwise", csv.toString(), "--json")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("names")).hasSize(4);
        assertThat(j.get("names").get(2).asText()).isEqualTo("Charisma");
        assertThat(j.get("weights").get(0).asDouble()).isCloseTo(0.547, within(0.0015));
        assertThat(j.get("weights").get(3).asDouble()).isCloseTo(0.056, within(0.0015));
        assertThat(j.get("lambdaMax").asDouble()).isGreaterThan(4);
        assertThat(j.get("ci").asDouble()).isCloseTo((j.get("lambdaMax").asDouble() - 4) / 3, within(1e-12));
        assertThat(j.get("cr").asDouble()).isCloseTo(j.get("ci").asDouble() / 0.90, within(1e-12));
        assertThat(j.has("warning")).isFalse();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void tableAndWarningForAnInconsistentMatrix() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, ",A,B,C\nA,1,9,1/9\nB,,1,9\nC,,,1\n");
        assertThat(run("weights", "--pairwise", csv.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Criterion").contains("A ").contains("CR").contains("Warning: consistency ratio");
        out.getBuffer().setLength(0);
        assertThat(run("weights", "--pairwise", csv.toString(), "--json")).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out.toString()).get("warning").asText()).contains("above 0.10");
    }

    @Test
    void refusedMatrixExitsTwoWithOneLine() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, ",A,B\nA,1,3\nB,0.5,1\n");
        assertThat(run("weights", "--pairwise", csv.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("m.csv").contains("B3").contains("C2");
        assertThat(run("weights", "--pairwise", dir.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not found");
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(run("weights")).isEqualTo(1);
        assertThat(run("weights", "--pairwise", "x.csv", "--bogus")).isEqualTo(1);
    }
}
