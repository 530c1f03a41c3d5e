package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.EvaluatorScore;

class ContentHashTest {
    @TempDir Path dir;

    @Test
    void hashFollowsTheStoredRowsNotTheFileBytes() throws Exception {
        Path file = dir.resolve("a.vbench");
        String first;
        try (Workspace ws = Workspace.create(file)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("Acme", "acme.xlsx", 90), "00".repeat(32));
            first = ContentHash.of(ws);
            assertThat(first).matches("[0-9a-f]{64}");
            assertThat(ContentHash.of(ws)).isEqualTo(first);
        }
        // a vacuumed copy has other bytes but the same rows
        Path copy = dir.resolve("b.vbench");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + copy + "'");
        }
        try (Workspace a = Workspace.openReadOnly(file); Workspace b = Workspace.openReadOnly(copy)) {
            assertThat(ContentHash.of(a)).isEqualTo(first);
            assertThat(ContentHash.of(b)).isEqualTo(first);
        }
        // one more stored row changes it
        try (Workspace ws = Workspace.open(file)) {
            ws.putScore(new EvaluatorScore("alice", "Acme", "Q-4", 3, "ok"));
            String second = ContentHash.of(ws);
            assertThat(second).isNotEqualTo(first);
            // a setting is data too; the audit anchor is not (it moves with every change)
            ws.putSetting("memo.note", "x", null);
            assertThat(ContentHash.of(ws)).isNotEqualTo(second);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aChangeUndoneGivesTheSameHashAgainThoughTheHistoryGrew() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("Acme", "acme.xlsx", 90), "00".repeat(32));
            String before = ContentHash.of(ws);
            long entries = ws.info().auditEntries();
            ws.putScore(new EvaluatorScore("bob", "Acme", "Q-4", 2, ""));
            assertThat(ContentHash.of(ws)).isNotEqualTo(before);
            ws.removeScore("bob", "Acme", "Q-4", "typo");
            assertThat(ws.info().auditEntries()).isEqualTo(entries + 2);
            assertThat(ContentHash.of(ws)).isEqualTo(before);
        }
    }
}
