package org.vendorbench.ui.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Rfp;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.ui.workspace.WorkspaceSummary;
import org.vendorbench.workbook.RfpReader;

class RfpViewModelTest {

    @TempDir
    Path dir;

    private record Open(Path path, boolean readOnly) implements OpenWorkspace {
        public boolean isOpen() { return true; }
        public WorkspaceSummary summary() { return WorkspaceSummary.empty(); }
    }

    private static RfpStore over(Workspace ws) {
        return new RfpStore() {
            public Optional<Rfp> loadRfp(OpenWorkspace w) { return ws.loadRfp(); }
            public void putSectionWeights(OpenWorkspace w, List<SectionWeightOverride> o) { o.forEach(ws::putSectionWeight); }
        };
    }

    @Test
    void loadsTheStoredSectionsAndPairwiseApplyWritesTheWorkspaceAndRefreshes() throws Exception {
        Path file = dir.resolve("w.vbench");
        try (Workspace ws = Workspace.create(file)) {
            var current = new SimpleObjectProperty<OpenWorkspace>(null);
            AtomicInteger refreshed = new AtomicInteger();
            var vm = new RfpViewModel(current, new SynchronousTaskRunner(), over(ws), refreshed::incrementAndGet);
            assertThat(vm.messageProperty().get()).isEqualTo("No workspace open");

            current.set(new Open(file, false));
            assertThat(vm.messageProperty().get()).isEqualTo("No RFP imported yet");
            assertThat(vm.canWeighPairwise()).isFalse();

            Rfp rfp = RfpReader.read(Path.of("sample-rfps/mcc-rfp.xlsx"));
            ws.saveRfp(rfp);
            vm.load();
            assertThat(vm.messageProperty().get()).isEqualTo(rfp.title());
            assertThat(vm.sections()).containsExactlyElementsOf(rfp.sections());
            assertThat(vm.canWeighPairwise()).isTrue();

            PairwiseWeightsViewModel pw = vm.pairwise();
            pw.setJudgement(0, 1, "3");
            pw.apply(vm::weightsStored);
            assertThat(ws.sectionWeights()).hasSize(rfp.sections().size());
            assertThat(refreshed.get()).isEqualTo(1);

            current.set(new Open(file, true));
            assertThat(vm.canWeighPairwise()).isFalse();
        }
    }
}
