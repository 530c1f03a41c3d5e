package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.VendorResponse;

/** Migration 4: a version-3 workspace's answer, KPI and warning rows become response documents, nothing lost. */
class ResponseBodyMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion3WorkspaceKeepsEveryResponseCurrentAndHistory() throws Exception {
        Path f = dir.resolve("v3.vbench");
        List<VendorResponse> current;
        List<ResponseHistoryEntry> history;
        VendorResponse old;
        try (Workspace ws = Workspace.create(f)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("CareLine", "careline-v1.xlsx", 81.5), "a".repeat(64));
            ws.importResponse(Fixtures.response("CareLine", "careline-v2.xlsx", 0.1 + 0.2), "b".repeat(64));
            ws.importResponse(Fixtures.response("MedAnswer", "medanswer.xlsx", 97), "c".repeat(64));
            current = ws.currentResponses();
            history = ws.history("CareLine");
            old = ws.response(history.get(0).responseId()).orElseThrow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.setAutoCommit(false);
            OlderSchema.toVersion3(c);
            c.commit();
            assertThat(SchemaCheck.problem(c, 3)).as("a faithful version-3 file").isNull();
            try (Statement st = c.createStatement()) {
                assertThat(count(st, "SELECT count(*) FROM answer")).isEqualTo(12);
                assertThat(count(st, "SELECT count(*) FROM kpi_commitment")).isEqualTo(6);
                assertThat(count(st, "SELECT count(*) FROM import_warning")).isEqualTo(6);
            }
        }

        try (Workspace ws = Workspace.open(f)) {
            assertThat(ws.info().schemaVersion()).isEqualTo(4).isEqualTo(Migrations.CURRENT);
            assertThat(ws.migrationBackup()).isPresent();
            assertThat(ws.currentResponses()).isEqualTo(current);
            assertThat(ws.history("CareLine")).isEqualTo(history);
            assertThat(ws.response(history.get(0).responseId())).contains(old);
            assertThat(old.file()).isEqualTo("careline-v1.xlsx");
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            assertThat(SchemaCheck.problem(c, Migrations.CURRENT)).isNull();
            assertThat(count(st, "SELECT count(*) FROM sqlite_master WHERE name IN ('answer', 'kpi_commitment',"
                    + " 'import_warning')")).as("the row tables are gone").isZero();
            assertThat(count(st, "SELECT count(*) FROM response_body WHERE typeof(answers) = 'text'"
                    + " AND typeof(kpis) = 'text' AND typeof(warnings) = 'text' AND json_valid(answers)")).isEqualTo(3);
            // SQLite's own JSON functions read the documents (a user with the sqlite3 shell can query them)
            assertThat(count(st, "SELECT count(*) FROM response_body, json_each(answers)"
                    + " WHERE value->>'question_id' = 'Q-3' AND value->>'status' = 'ANSWERED'")).isEqualTo(3);
        }
    }

    @Test
    void aVersion3ResponseWithoutRowsGetsEmptyDocuments() throws Exception {
        Path f = dir.resolve("empty.vbench");
        try (Workspace ws = Workspace.create(f)) {
            ws.saveRfp(Fixtures.rfp());
            VendorResponse full = Fixtures.response("CareLine", "careline.xlsx", 90);
            ws.importResponse(new VendorResponse(full.file(), full.rfpId(), full.vendor(), full.contact(), full.email(),
                    full.submitted(), full.format(), List.of(), List.of(), full.pricing(), List.of()), "d".repeat(64));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            OlderSchema.toVersion3(c);
        }
        try (Workspace ws = Workspace.open(f)) {
            VendorResponse r = ws.currentResponses().get(0);
            assertThat(r.answers()).isEmpty();
            assertThat(r.kpis()).isEmpty();
            assertThat(r.warnings()).isEmpty();
        }
    }

    @Test
    void twoAnswersToOneQuestionAreRefusedAsTheOldKeyDid() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("dup.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            VendorResponse r = Fixtures.response("CareLine", "careline.xlsx", 90);
            List<org.vendorbench.domain.Answer> twice = new java.util.ArrayList<>(r.answers());
            twice.add(r.answers().get(0));
            VendorResponse bad = new VendorResponse(r.file(), r.rfpId(), r.vendor(), r.contact(), r.email(), r.submitted(),
                    r.format(), twice, r.kpis(), r.pricing(), r.warnings());
            String before = ContentHash.of(ws);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.importResponse(bad, "e".repeat(64)))
                    .hasMessageContaining("two answers to question Q-1");
            assertThat(ContentHash.of(ws)).as("nothing stored").isEqualTo(before);
            assertThat(ws.vendors()).isEmpty();
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
