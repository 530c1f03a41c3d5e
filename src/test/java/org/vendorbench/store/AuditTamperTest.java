package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.audit.AuditChain;
import org.vendorbench.domain.audit.AuditEntry;

/** Tampers with the audit log of a real workspace file behind Vendorbench's back and expects verify to notice. */
class AuditTamperTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void fill() throws Exception {
        file = dir.resolve("audit.vbench");
        try (Workspace ws = Workspace.create(file)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("Acme Corp", "a.xlsx", 90), "c".repeat(64));
            ws.putScore(new EvaluatorScore("alice", "Acme Corp", "Q-4", 2, null));
            ws.putScore(new EvaluatorScore("alice", "Acme Corp", "Q-4", 3, null));
            ws.putScore(new EvaluatorScore("bob", "Acme Corp", "Q-4", 4, null));
            assertThat(ws.verifyAudit().ok()).isTrue();
            assertThat(ws.info().auditEntries()).isEqualTo(5);
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }

    private AuditChain.VerifyResult verify() throws Exception {
        try (Workspace ws = Workspace.openReadOnly(file)) {
            return ws.verifyAudit();
        }
    }

    @Test
    void anEditedRowIsNamed() throws Exception {
        sql("UPDATE audit_log SET new_value = '{\"score\":5.0,\"note\":null}' WHERE seq = 3");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.firstBrokenSeq()).isEqualTo(3);
        assertThat(r.message()).isEqualTo("entry #3 was changed after it was written");
    }

    @Test
    void aDeletedRowIsNamed() throws Exception {
        sql("DELETE FROM audit_log WHERE seq = 2");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void reorderedRowsAreDetected() throws Exception {
        String cols = "time, user, entity, action, old_value, new_value, reason, prev_hash, hash";
        sql("CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (3, 4)",
                "UPDATE audit_log SET (" + cols + ") = (SELECT " + cols + " FROM t WHERE t.seq = 7 - audit_log.seq)"
                        + " WHERE seq IN (3, 4)");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aChainRecomputedAfterAnEditFailsAgainstTheAnchor() throws Exception {
        List<AuditEntry> entries;
        try (Workspace ws = Workspace.openReadOnly(file)) {
            entries = ws.auditEntries();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE audit_log SET new_value = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
            String prev = AuditChain.GENESIS;
            for (AuditEntry e : entries) {
                String nv = e.seq() == 4 ? "{\"score\":0.0,\"note\":null}" : e.newValue();
                AuditEntry f = AuditChain.seal(new AuditEntry(e.seq(), e.time(), e.user(), e.entity(), e.action(),
                        e.oldValue(), nv, e.reason(), null, null), prev);
                ps.setString(1, f.newValue());
                ps.setString(2, f.prevHash());
                ps.setString(3, f.hash());
                ps.setLong(4, f.seq());
                ps.executeUpdate();
                prev = f.hash();
            }
        }
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThat(AuditChain.verify(ws.auditEntries()).ok()).as("chain alone looks fine").isTrue();
            AuditChain.VerifyResult r = ws.verifyAudit();
            assertThat(r.ok()).isFalse();
            assertThat(r.message()).isEqualTo("the log was rewritten: head entry #5 does not match the recorded anchor");
        }
    }

    @Test
    void aTruncatedTailIsDetected() throws Exception {
        sql("DELETE FROM audit_log WHERE seq = 5");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.firstBrokenSeq()).isEqualTo(5);
    }

    @Test
    void appendingContinuesTheChainAfterReopen() throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            ws.putScore(new EvaluatorScore("carol", "Acme Corp", "Q-4", 1, "weak"));
            List<AuditEntry> all = ws.auditEntries();
            assertThat(all).hasSize(6);
            assertThat(all.get(5).prevHash()).isEqualTo(all.get(4).hash());
            assertThat(ws.verifyAudit().ok()).isTrue();
            assertThat(ws.info().auditHeadHash()).isEqualTo(all.get(5).hash());
        }
    }
}
