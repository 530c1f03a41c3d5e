package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.store.Workspace;

class AuditCommandTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void fill() throws Exception {
        file = dir.resolve("w.vbench");
        try (Workspace ws = Workspace.create(file)) {
            ws.setUser("lead");
            ws.importResponse(new VendorResponse("=evil.xlsx", null, "-Acme, \"The\" Vendor", null, null, null,
                    VendorResponse.FORMAT, java.util.List.of(), java.util.List.of(), Pricing.none(),
                    java.util.List.of()), "d".repeat(64));
            ws.putScore(new EvaluatorScore("alice", "-Acme, \"The\" Vendor", "Q-1", 4, "@note"));
            ws.putConsensus(new ConsensusOverride("-Acme, \"The\" Vendor", "Q-1", 3, "line one\nline two"));
        }
    }

    @Test
    void listsEntriesAsTextAndJson() throws Exception {
        CliRun text = CliRun.run("audit", file.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out().lines()).hasSize(3);
        assertThat(text.out().lines().findFirst().orElseThrow()).startsWith("#1  ").contains("lead  import");
        CliRun json = CliRun.run("audit", file.toString(), "--json");
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("entries")).hasSize(3);
        assertThat(n.get("entries").get(2).get("reason").asText()).isEqualTo("line one\nline two");
        assertThat(n.get("entries").get(1).get("entity").asText()).isEqualTo("score/alice/-Acme, \"The\" Vendor/Q-1");
    }

    @Test
    void verifyPassesThenNamesTheFirstBrokenEntry() throws Exception {
        CliRun ok = CliRun.run("audit", file.toString(), "--verify");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).startsWith("Audit log of w.vbench verified: 3 entries, head #3 ");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE audit_log SET user = 'mallory' WHERE seq = 2");
        }
        CliRun broken = CliRun.run("audit", file.toString(), "--verify");
        assertThat(broken.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(broken.err().strip()).isEqualTo(
                "vendorbench: audit log of w.vbench is broken at entry #2: entry #2 was changed after it was written");
        CliRun json = CliRun.run("audit", file.toString(), "--verify", "--json");
        assertThat(json.code()).isEqualTo(ExitCodes.REFUSED);
        JsonNode v = new ObjectMapper().readTree(json.out()).get("verify");
        assertThat(v.get("ok").asBoolean()).isFalse();
        assertThat(v.get("firstBrokenSeq").asLong()).isEqualTo(2);
    }

    @Test
    void csvIsRfc4180WithFormulaCellsDefused() throws Exception {
        Path csv = dir.resolve("audit.csv");
        CliRun r = CliRun.run("audit", file.toString(), "--csv", csv.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Wrote 3 audit entries");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("seq,time,user,entity,action,old_value,new_value,reason,prev_hash,hash\r\n");
        String[] rows = text.split("\r\n(?=\\d+,)");
        assertThat(rows).hasSize(4);
        assertThat(rows[1]).startsWith("1,").contains(",lead,\"response/-Acme, \"\"The\"\" Vendor\",import,");
        assertThat(rows[1]).contains("\"{\"\"file\"\":\"\"=evil.xlsx\"\"");
        assertThat(rows[2]).contains(",\"score/alice/-Acme, \"\"The\"\" Vendor/Q-1\",put,");
        assertThat(rows[3]).contains(",\"line one\nline two\",");
        // the audit CSV escapes through the one shared rule (SafeCells), NUL included
        assertThat(org.vendorbench.workbook.SafeCells.csvField("=1+1")).isEqualTo("'=1+1");
        assertThat(org.vendorbench.workbook.SafeCells.csvField("-Acme")).isEqualTo("'-Acme");
        assertThat(org.vendorbench.workbook.SafeCells.csvField("@x")).isEqualTo("'@x");
        assertThat(org.vendorbench.workbook.SafeCells.csvField("\tx")).isEqualTo("'\tx");
        assertThat(org.vendorbench.workbook.SafeCells.csvField("\0x")).isEqualTo("'\0x");
        assertThat(org.vendorbench.workbook.SafeCells.csvField("Acme")).isEqualTo("Acme");
    }

    @Test
    void csvDefusesALeadingFormulaCharacterInAnyTextCell() throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            ws.setUser("=HYPERLINK(\"http://x\")");
            ws.putSetting("note", "x", "+reason");
        }
        Path csv = dir.resolve("a2.csv");
        assertThat(CliRun.run("audit", file.toString(), "--csv", csv.toString()).code()).isZero();
        String last = Files.readString(csv, StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("4,").contains(",\"'=HYPERLINK(\"\"http://x\"\")\",setting/note,put,,x,'+reason,");
    }
}
