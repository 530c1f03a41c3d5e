package org.vendorbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.DemoWorkspace;
import org.vendorbench.store.Workspace;

class DemoDataTest {
    @TempDir Path dir;

    @Test
    void firstStartDemoHoldsTheFullSampleEvaluation() throws Exception {
        Path demo = DemoWorkspace.ensure(dir);
        assertThat(demo).exists();
        assertThat(dir.resolve(DemoWorkspace.FILE_NAME + ".part")).doesNotExist();
        try (Workspace ws = Workspace.openReadOnly(demo)) {
            assertThat(ws.loadRfp()).isPresent();
            assertThat(ws.currentResponses()).hasSize(5);
            assertThat(ws.scores()).isNotEmpty();
            // README: MedConnect's TK-05 is scored 2, 4 and 3 by the three evaluators
            assertThat(ws.scores()).filteredOn(s -> s.questionId().equals("TK-05")
                    && s.vendor().toLowerCase().contains("medconnect"))
                    .extracting(s -> s.score()).containsExactlyInAnyOrder(2.0, 4.0, 3.0);
            assertThat(ws.verifyAudit().ok()).isTrue();
            // the winner is signed and followed through 2027 (sample-rfps/README.md)
            assertThat(ws.contract()).hasValueSatisfying(c -> {
                assertThat(c.vendor()).isEqualTo("CareLine Partners");
                assertThat(c.goLive()).isEqualTo(DemoData.GO_LIVE);
            });
            assertThat(ws.kpiMonths()).extracting(v -> v.month()).contains(java.time.YearMonth.of(2027, 1),
                    java.time.YearMonth.of(2027, 12));
            assertThat(ws.remediationItems()).extracting(i -> i.kpiId()).containsExactly("ABANDON", "FCR");
            assertThat(ws.exitRights()).extracting(e -> e.right().kpiId()).containsExactly("ASA");
            assertThat(ws.invoices()).extracting(i -> i.month()).contains(java.time.YearMonth.of(2027, 12));
            assertThat(ws.reviews()).hasSize(DemoData.reviews().size());
            assertThat(ws.reviews()).filteredOn(r -> !r.shortfalls().isEmpty()).extracting(r -> r.period())
                    .containsExactly("2027-06");
        }
        long size = Files.size(demo);
        assertThat(DemoWorkspace.ensure(dir)).isEqualTo(demo);
        assertThat(Files.size(demo)).as("an existing demo is left alone").isEqualTo(size);
    }
}
