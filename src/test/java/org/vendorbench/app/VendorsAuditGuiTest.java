package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.service.DemoData;
import org.vendorbench.ui.Area;

/** The Vendors and Audit areas in the real window (AppContext on a temp data folder, headless Monocle). */
class VendorsAuditGuiTest extends DemoWindowTest {
    @Test
    void demoShowsFiveVendorsAndTheWizardImportsResponsesAndReportsACorruptFile() throws Exception {
        interact(() -> context.mainViewModel().areaProperty().set(Area.VENDORS));
        TableView<?> vendors = lookup("#vendors-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vendors.getItems().size() == 5);

        List<Path> samples = DemoData.extractSamples(home.resolve("samples"));
        Path corrupt = Files.writeString(home.resolve("corrupt.xlsx"), "PK not really a zip");
        samples.subList(1, 3).forEach(files::answer);
        files.answer(corrupt);
        clickOn("#vendors-import");
        Label outcome = lookup("#vendors-outcome").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.getText().startsWith("Imported 2 of 3"));
        ListView<?> refused = lookup("#refused-list").queryListView();
        assertThat(refused.getItems()).hasSize(1);
        assertThat(refused.getItems().get(0).toString()).contains("corrupt.xlsx");
        assertThat(vendors.getItems()).hasSize(5);
    }

    @Test
    void auditAreaShowsTheIntactChainOfTheDemo() throws Exception {
        interact(() -> context.mainViewModel().areaProperty().set(Area.AUDIT));
        Label banner = lookup("#audit-banner").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> banner.getText().startsWith("Chain intact: "));
        TableView<?> table = lookup("#audit-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(banner.getText()).contains(table.getItems().size() + " entries");
    }
}
