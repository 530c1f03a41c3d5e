package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Workspace#inOneTransaction}: the writes of a batch are committed together when it ends,
 * a failing write inside it is taken back alone, and a batch that throws stores nothing at all.
 */
class BatchTransactionTest {
    private static final String SHA = "a".repeat(64);

    @TempDir
    Path dir;

    private Workspace withRfp() throws Exception {
        Workspace ws = Workspace.create(dir.resolve("b.vbench"));
        ws.saveRfp(Fixtures.rfp());
        return ws;
    }

    @Test
    void theWritesOfABatchAreStoredTogetherWithOneAuditEntryEach() throws Exception {
        try (Workspace ws = withRfp()) {
            long audit = ws.info().auditEntries();
            ws.inOneTransaction(() -> {
                ws.importResponse(Fixtures.response("Acme", "a.xlsx", 90), SHA);
                ws.importResponse(Fixtures.response("Beta", "b.xlsx", 85), SHA);
                // inside the batch the connection sees its own writes
                assertThat(ws.vendors()).containsExactly("Acme", "Beta");
                return null;
            });
            assertThat(ws.vendors()).containsExactly("Acme", "Beta");
            assertThat(ws.info().auditEntries()).isEqualTo(audit + 2);
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
        try (Workspace ws = Workspace.openReadOnly(dir.resolve("b.vbench"))) {
            assertThat(ws.vendors()).as("committed to the file").containsExactly("Acme", "Beta");
        }
    }

    @Test
    void aFailingWriteInsideIsTakenBackAloneAndTheOthersStay() throws Exception {
        try (Workspace ws = withRfp()) {
            ws.inOneTransaction(() -> {
                ws.importResponse(Fixtures.response("Acme", "a.xlsx", 90), SHA);
                assertThatThrownBy(() -> ws.importResponse(Fixtures.response("Beta", "b.xlsx", 85), "not a hash"))
                        .isInstanceOf(WorkspaceException.class);
                ws.importResponse(Fixtures.response("Gamma", "c.xlsx", 80), SHA);
                return null;
            });
            assertThat(ws.vendors()).containsExactly("Acme", "Gamma");
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void aBatchThatThrowsStoresNothing() throws Exception {
        try (Workspace ws = withRfp()) {
            WorkspaceInfo before = ws.info();
            assertThatThrownBy(() -> ws.inOneTransaction(() -> {
                ws.importResponse(Fixtures.response("Acme", "a.xlsx", 90), SHA);
                throw new IllegalStateException("crash in the middle of the import");
            })).hasMessage("crash in the middle of the import");
            assertThat(ws.vendors()).isEmpty();
            assertThat(ws.info()).isEqualTo(before);
            // and the workspace goes on working normally
            ws.importResponse(Fixtures.response("Acme", "a.xlsx", 90), SHA);
            assertThat(ws.vendors()).containsExactly("Acme");
        }
    }
}
