package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.domain.Section;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.Area;

/** The RFP area in the real window (demo workspace, headless Monocle): edit a weight in place, see it stored. */
class RfpAreaGuiTest extends DemoWindowTest {
    @Test
    @SuppressWarnings("unchecked")
    void editingASectionWeightInPlaceStoresAnAuditedOverride() throws Exception {
        interact(() -> context.mainViewModel().areaProperty().set(Area.RFP));
        TableView<Section> sections = lookup("#rfp-sections").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> sections.getItems().size() == 7);
        Section first = sections.getItems().get(0);
        TableColumn<Section, ?> weight = sections.getColumns().get(2);

        interact(() -> sections.edit(0, weight));
        write("abc").type(KeyCode.ENTER);
        Label error = lookup("#rfp-error").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> error.getText().contains("Weight 'abc' is not a number"));
        assertThat(error.getText()).startsWith(first.id() + " · Weight:");

        interact(() -> sections.edit(0, weight));
        write("40").type(KeyCode.ENTER);
        Workspace ws = StoreWorkspaceService.storeOf(context.mainViewModel().getWorkspace());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ws.sectionWeights().isEmpty());
        assertThat(ws.sectionWeights()).containsExactly(new SectionWeightOverride(first.id(), 40, "edited in the RFP area"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> sections.getItems().get(0).weight() == 40);
        assertThat(error.getText()).isEmpty();
        assertThat(ws.auditEntries().get(ws.auditEntries().size() - 1).entity()).isEqualTo("section-weight/" + first.id());
    }
}
