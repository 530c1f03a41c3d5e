package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Workspace#replaceSectionWeights}: all overrides in one transaction, audited per changed row. */
class ReplaceSectionWeightsTest {
    @TempDir Path dir;

    @Test
    void replacesPutsChangedRowsRemovesOthersAndSkipsUnchangedOnes() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            ws.putSectionWeight(new SectionWeightOverride("SEC", 5, "ahp"));
            ws.putSectionWeight(new SectionWeightOverride("OPS", 1, "ahp"));
            int audit = ws.auditEntries().size();

            ws.replaceSectionWeights(List.of(new SectionWeightOverride("sec", 5, "ahp"),
                    new SectionWeightOverride("KPI", 2.5, "sliders")), "sliders replaced it");
            assertThat(ws.sectionWeights()).containsExactlyInAnyOrder(new SectionWeightOverride("SEC", 5, "ahp"),
                    new SectionWeightOverride("KPI", 2.5, "sliders"));
            assertThat(ws.auditEntries()).as("OPS removed, KPI put, SEC unchanged").hasSize(audit + 2);
            assertThat(ws.auditEntries().get(audit).reason()).isEqualTo("sliders replaced it");

            ws.replaceSectionWeights(List.of(), "undo");
            assertThat(ws.sectionWeights()).isEmpty();
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void anUnknownSectionRefusesTheWholeReplacement() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            ws.putSectionWeight(new SectionWeightOverride("OPS", 1, "ahp"));
            int audit = ws.auditEntries().size();
            assertThatThrownBy(() -> ws.replaceSectionWeights(List.of(new SectionWeightOverride("SEC", 3, "s"),
                    new SectionWeightOverride("NOPE", 1, "s")), "replaced"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no section 'NOPE'");
            assertThat(ws.sectionWeights()).containsExactly(new SectionWeightOverride("OPS", 1, "ahp"));
            assertThat(ws.auditEntries()).hasSize(audit);
        }
    }
}
