package org.vendorbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.vendorbench.ui.workspace.WorkspaceSummary;

class AreaPlaceholderViewModelTest {
    private final SimpleObjectProperty<WorkspaceSummary> summary = new SimpleObjectProperty<>();

    @Test
    void followsTheWorkspaceSummary() {
        AreaPlaceholderViewModel rfp = new AreaPlaceholderViewModel(Area.RFP, summary);
        AreaPlaceholderViewModel vendors = new AreaPlaceholderViewModel(Area.VENDORS, summary);
        AreaPlaceholderViewModel audit = new AreaPlaceholderViewModel(Area.AUDIT, summary);
        assertThat(rfp.status().get()).isEqualTo(AreaPlaceholderViewModel.NO_WORKSPACE);

        summary.set(WorkspaceSummary.empty());
        assertThat(rfp.status().get()).isEqualTo("No RFP imported yet");
        assertThat(vendors.status().get()).isEqualTo("No vendor responses imported yet");
        assertThat(audit.status().get()).isEqualTo("No audit entries yet");

        summary.set(new WorkspaceSummary(Optional.of("Call center 2026"), 1, 0, 0, 3));
        assertThat(rfp.status().get()).isEqualTo("RFP imported: Call center 2026");
        assertThat(vendors.status().get()).isEqualTo("1 vendor response imported");
        assertThat(audit.status().get()).isEqualTo("3 audit entries in the log");
    }

    @Test
    void everyAreaSaysWhatItWillShowAndItsShortcut() {
        for (Area area : Area.values()) {
            AreaPlaceholderViewModel vm = new AreaPlaceholderViewModel(area, summary);
            assertThat(vm.purpose()).isNotBlank();
            assertThat(vm.note()).contains("Ctrl+" + (area.ordinal() + 1));
            assertThat(area.status(WorkspaceSummary.empty())).isNotBlank();
        }
        assertThat(Area.fromName("MEMO", Area.RFP)).isEqualTo(Area.MEMO);
        assertThat(Area.fromName("nonsense", Area.RFP)).isEqualTo(Area.RFP);
    }
}
