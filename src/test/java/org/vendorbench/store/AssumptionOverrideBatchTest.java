package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Workspace#saveAssumptionOverrides}: several overrides in one audited transaction. */
class AssumptionOverrideBatchTest {
    @TempDir Path dir;

    @Test
    void savesAndRemovesTogetherWithOneAuditEntryEachAndNothingWhenOnePartFails() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("Acme Corp", "a.xlsx", 90), "a".repeat(64));
            ws.putAssumptionOverride(new AssumptionOverride("minutes-per-call", null, 7, "first guess"));
            int audit = ws.auditEntries().size();

            ws.saveAssumptionOverrides(List.of(new AssumptionOverride("calls-per-month", null, 14_000, "TCO area"),
                    new AssumptionOverride("Discount rate", null, 3, "TCO area")), List.of("minutes-per-call"), "TCO area");

            assertThat(ws.assumptionOverrides()).containsExactlyInAnyOrder(
                    new AssumptionOverride("calls-per-month", null, 14_000, "TCO area"),
                    new AssumptionOverride("Discount rate", null, 3, "TCO area"));
            assertThat(ws.auditEntries()).hasSize(audit + 3);
            assertThat(ws.auditEntries().get(audit + 2).entity()).isEqualTo("assumption/minutes-per-call");

            // the second put names an unknown vendor: the first must not be kept either
            assertThatThrownBy(() -> ws.saveAssumptionOverrides(List.of(
                    new AssumptionOverride("calls-per-month", null, 9_000, "TCO area"),
                    new AssumptionOverride("calls-per-month", "Nobody Inc", 1, "TCO area")), List.of(), "TCO area"))
                    .isInstanceOf(WorkspaceException.class);
            assertThat(ws.assumptionOverrides()).extracting(AssumptionOverride::value).containsExactlyInAnyOrder(14_000.0, 3.0);
            assertThat(ws.auditEntries()).hasSize(audit + 3);
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }
}
