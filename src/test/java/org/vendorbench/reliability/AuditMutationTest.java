package org.vendorbench.reliability;

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
import org.vendorbench.domain.audit.AuditChain;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.service.ImportService;
import org.vendorbench.store.Workspace;

/**
 * Audit-log mutations made behind Vendorbench's back with plain SQL on a real workspace (issue 10):
 * an edited, deleted or reordered row, and a chain recomputed after an edit (with the anchor left
 * alone, deleted, or rewritten too). Each is detected by {@link Workspace#verifyAudit}; the last one
 * only against a head hash printed earlier (memo, export), which is why every memo shows it.
 */
class AuditMutationTest {
    private static final Path SAMPLES = Path.of("sample-rfps").toAbsolutePath();
    @TempDir
    Path dir;
    private Path ws;
    private String printedHead;

    @BeforeEach
    void fill() throws Exception {
        ws = dir.resolve("audit.vbench");
        try (Workspace w = Workspace.create(ws)) {
            ImportService.importFiles(w, SAMPLES.resolve("mcc-rfp.xlsx"), List.of(SAMPLES.resolve("vendor-careline.xlsx"),
                    SAMPLES.resolve("vendor-premier.xlsx")), null, null, null);
            for (int i = 1; i <= 5; i++) w.putSetting("note." + i, "v" + i, "fill");
            AuditChain.VerifyResult ok = w.verifyAudit();
            assertThat(ok.ok()).isTrue();
            assertThat(ok.headSeq()).isGreaterThanOrEqualTo(8); // the RFP, one entry per imported file, five settings
            printedHead = ok.headHash();
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }

    private AuditChain.VerifyResult verify() throws Exception {
        try (Workspace w = Workspace.openReadOnly(ws)) {
            return w.verifyAudit();
        }
    }

    @Test
    void anEditedValueIsDetectedAtItsRow() throws Exception {
        sql("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 4");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void anEditedUserOrTimeIsDetected() throws Exception {
        sql("UPDATE audit_log SET user = 'someone-else', time = '2020-01-01T00:00:00Z' WHERE seq = 2");
        assertThat(verify().firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aDeletedRowIsDetected() throws Exception {
        sql("DELETE FROM audit_log WHERE seq = 3");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.message()).isEqualTo("entry #3 is missing (next is #4)");
    }

    @Test
    void swappedRowsAreDetected() throws Exception {
        String cols = "time, user, entity, action, old_value, new_value, reason, prev_hash, hash";
        sql("CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (5, 6)",
                "UPDATE audit_log SET (" + cols + ") = (SELECT " + cols + " FROM t WHERE t.seq = 11 - audit_log.seq)"
                        + " WHERE seq IN (5, 6)");
        assertThat(verify().firstBrokenSeq()).isEqualTo(5);
    }

    /** Re-seals every entry after an edit at {@code seq}, as a forger with the hash formula would. */
    private List<AuditEntry> recompute(int seq, String newReason) throws Exception {
        List<AuditEntry> entries;
        try (Workspace w = Workspace.openReadOnly(ws)) {
            entries = w.auditEntries();
        }
        List<AuditEntry> out = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws);
             PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
            String prev = AuditChain.GENESIS;
            for (AuditEntry e : entries) {
                String reason = e.seq() == seq ? newReason : e.reason();
                AuditEntry f = AuditChain.seal(new AuditEntry(e.seq(), e.time(), e.user(), e.entity(), e.action(),
                        e.oldValue(), e.newValue(), reason, null, null), prev);
                ps.setString(1, f.reason());
                ps.setString(2, f.prevHash());
                ps.setString(3, f.hash());
                ps.setLong(4, f.seq());
                ps.executeUpdate();
                prev = f.hash();
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void aRecomputedChainFailsAgainstTheAnchor() throws Exception {
        recompute(3, "forged");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.message()).contains("does not match the recorded anchor");
    }

    @Test
    void aRecomputedChainWithTheAnchorDeletedIsDetected() throws Exception {
        recompute(3, "forged");
        sql("DELETE FROM settings WHERE key LIKE 'audit.head.%'");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.message()).contains("were added outside Vendorbench");
    }

    @Test
    void aRecomputedChainWithARewrittenAnchorDiffersFromThePrintedHead() throws Exception {
        List<AuditEntry> forged = recompute(3, "forged");
        AuditEntry head = forged.get(forged.size() - 1);
        sql("UPDATE settings SET value = '" + head.hash() + "' WHERE key = 'audit.head.hash'");
        AuditChain.VerifyResult r = verify();
        assertThat(r.ok()).as("a full rewrite passes inside the file").isTrue();
        assertThat(r.headHash()).as("but not against the head hash printed in an earlier memo").isNotEqualTo(printedHead);
    }
}
