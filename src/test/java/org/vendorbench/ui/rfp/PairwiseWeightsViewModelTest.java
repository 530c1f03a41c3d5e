package org.vendorbench.ui.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.workbook.RfpReader;

class PairwiseWeightsViewModelTest {

    @TempDir
    Path dir;

    private List<Section> sampleSections(Workspace ws) throws Exception {
        Rfp rfp = RfpReader.read(Path.of("sample-rfps/mcc-rfp.xlsx"));
        ws.saveRfp(rfp);
        return ws.loadRfp().orElseThrow().sections();
    }

    @Test
    void consistencyRatioFollowsEditsLiveAndWarnsAboveTenPercent() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            List<Section> sections = sampleSections(ws);
            assertThat(sections.size()).isGreaterThanOrEqualTo(3);
            var vm = new PairwiseWeightsViewModel(sections, new SynchronousTaskRunner(), o -> {});
            assertThat(vm.consistencyRatioProperty().get()).isCloseTo(0.0, within(1e-9));
            for (double w : vm.weights()) assertThat(w).isCloseTo(1.0 / sections.size(), within(1e-9));

            // 0 ≫ 1, 1 ≫ 2 but 2 ≫ 0: a circular judgement is inconsistent.
            assertThat(vm.setJudgement(0, 1, "9")).isEmpty();
            assertThat(vm.setJudgement(1, 2, "9")).isEmpty();
            assertThat(vm.setJudgement(0, 2, "1/9")).isEmpty();
            assertThat(vm.judgement(2, 0)).isCloseTo(9.0, within(1e-9));
            assertThat(vm.consistencyRatioProperty().get()).isGreaterThan(0.10);
            assertThat(vm.inconsistentProperty().get()).isTrue();
            assertThat(vm.warningProperty().get()).contains("above 0.10");

            // Make it consistent again: 0 is 9× 2 is transitive with 0=3×1, 1=3×2.
            vm.setJudgement(0, 1, "3");
            vm.setJudgement(1, 2, "3");
            vm.setJudgement(0, 2, "9");
            assertThat(vm.inconsistentProperty().get()).isFalse();
            assertThat(vm.warningProperty().get()).isEmpty();
            assertThat(vm.weights()[0]).isGreaterThan(vm.weights()[1]);
        }
    }

    @Test
    void badJudgementsAreRefusedAtTheFieldAndChangeNothing() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            var vm = new PairwiseWeightsViewModel(sampleSections(ws), new SynchronousTaskRunner(), o -> {});
            assertThat(vm.setJudgement(0, 1, "abc")).contains("not a number");
            assertThat(vm.setJudgement(0, 1, "10")).contains("outside");
            assertThat(vm.setJudgement(0, 1, "1/10")).contains("outside");
            assertThat(vm.setJudgement(1, 0, "3")).contains("above the diagonal");
            assertThat(vm.judgement(0, 1)).isEqualTo(1.0);
            assertThat(vm.judgement(1, 0)).isEqualTo(1.0);
            assertThat(PairwiseWeightsViewModel.format(0.2)).isEqualTo("1/5");
            assertThat(PairwiseWeightsViewModel.format(7)).isEqualTo("7");
        }
    }

    @Test
    void applyStoresTheWeightsAsSectionOverridesWithTheCrReason() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            List<Section> sections = sampleSections(ws);
            var vm = new PairwiseWeightsViewModel(sections, new SynchronousTaskRunner(),
                    overrides -> overrides.forEach(ws::putSectionWeight));
            vm.setJudgement(0, 1, "5");
            AtomicInteger after = new AtomicInteger();
            vm.apply(after::incrementAndGet);

            List<SectionWeightOverride> stored = ws.sectionWeights();
            assertThat(stored).hasSize(sections.size());
            double[] w = vm.weights();
            for (int i = 0; i < sections.size(); i++) {
                String id = sections.get(i).id();
                SectionWeightOverride o = stored.stream().filter(s -> s.sectionId().equals(id)).findFirst().orElseThrow();
                assertThat(o.weight()).isCloseTo(w[i], within(1e-9));
                assertThat(o.reason()).isEqualTo(vm.reason()).matches("pairwise \\(CR \\d\\.\\d\\d\\)");
            }
            assertThat(after.get()).isEqualTo(1);
            assertThat(vm.outcomeProperty().get()).startsWith("Stored weights for " + sections.size());
        }
    }

    @Test
    void aFailedStoreIsReportedAndDoesNotRunTheFollowUp() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.vbench"))) {
            var vm = new PairwiseWeightsViewModel(sampleSections(ws), new SynchronousTaskRunner(),
                    o -> { throw new IllegalStateException("workspace is read-only"); });
            AtomicInteger after = new AtomicInteger();
            vm.apply(after::incrementAndGet);
            assertThat(after.get()).isZero();
            assertThat(vm.outcomeProperty().get()).isEqualTo("Weights not stored: workspace is read-only");
            assertThat(ws.sectionWeights()).isEmpty();
        }
    }
}
