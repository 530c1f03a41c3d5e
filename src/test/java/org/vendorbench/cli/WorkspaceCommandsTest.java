package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCommandsTest {
    @TempDir
    Path dir;

    @Test
    void newCreatesAWorkspaceAndRefusesAnExistingFile() {
        Path f = dir.resolve("a.vbench");
        CliRun r = run("new", f.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Created").contains("a.vbench");
        assertThat(Files.exists(f)).isTrue();
        CliRun again = run("new", f.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err().strip()).isEqualTo("vendorbench: a.vbench already exists; choose another file name");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void infoPrintsTextAndJson() throws Exception {
        Path f = dir.resolve("b.vbench");
        assertThat(run("new", f.toString()).code()).isZero();
        CliRun text = run("info", f.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("schemaVersion: 4").contains("vendors: 0").contains("rfpId: -");
        CliRun json = run("info", f.toString(), "--json");
        assertThat(json.code()).isZero();
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("schemaVersion").asInt()).isEqualTo(4);
        assertThat(n.get("auditEntries").asLong()).isZero();
        assertThat(n.get("rfpId").isNull()).isTrue();
        assertThat(n.get("auditHeadHash").asText()).hasSize(64);
    }

    @Test
    void infoRefusesANonWorkspaceWithOneLine() throws Exception {
        Path f = dir.resolve("c.txt");
        Files.writeString(f, "text");
        CliRun r = run("info", f.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err().strip()).isEqualTo("vendorbench: c.txt is not a Vendorbench workspace (not an SQLite database)");
        assertThat(run("info").code()).isEqualTo(ExitCodes.USAGE);
    }
}
