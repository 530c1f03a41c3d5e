package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.service.DemoData;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.Area;
import org.vendorbench.ui.DroppedFiles;
import org.vendorbench.ui.ScriptedFileDialogs;

/** The Checklist area in the real window (AppContext on a temp folder, headless Monocle), plus start and drop routing. */
class ChecklistGuiTest extends FxRobot {
    @TempDir Path home;
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final List<Path> shown = new CopyOnWriteArrayList<>();
    private AppContext context;

    private void start(Path startFile) throws Exception {
        FxToolkit.registerPrimaryStage();
        context = AppContext.load(home, files);
        context.useSystemViewer(shown::add);
        context.openAtStart(startFile);
        FxToolkit.setupStage(stage -> context.start(stage));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> context.mainViewModel().getWorkspace() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (context != null) context.shutdown();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void verifyingAnItemWithEvidenceMovesTheProgressAndTheReadinessBanner() throws Exception {
        start(null);
        interact(() -> context.mainViewModel().areaProperty().set(Area.CHECKLIST));
        Label banner = lookup("#checklist-banner").query();
        waitFor(() -> banner.getText().startsWith("Not ready to sign"));
        assertThat(banner.getText()).contains("0 of 20");
        ComboBox<?> vendor = lookup("#checklist-vendor").queryComboBox();
        assertThat(vendor.getItems()).hasSize(5);
        ProgressBar compliance = lookup("#checklist-progress-0").query();
        assertThat(compliance.getProgress()).isZero();
        VBox missing = lookup("#checklist-missing").query();
        assertThat(missingText(missing)).contains("CS-01 (not started");

        clickOn("#item-CS-01");
        Label title = lookup("#item-title").query();
        waitFor(() -> title.getText().startsWith("CS-01"));
        Path pdf = Files.writeString(home.resolve("countersigned BAA.pdf"), "%PDF-1.7 the BAA, reviewed");
        files.answer(pdf);
        clickOn("#item-add-evidence");
        ListView<?> evidence = lookup("#item-evidence").queryListView();
        waitFor(() -> evidence.getItems().size() == 1);
        assertThat(evidence.getItems().get(0).toString()).contains("countersigned BAA.pdf");
        Label badge = lookup("#item-CS-01").lookup(".status-badge").query();
        waitFor(() -> badge.getText().equals("In progress"));

        @SuppressWarnings("unchecked")
        ComboBox<ChecklistStatus> status = (ComboBox<ChecklistStatus>) lookup("#item-status").query();
        interact(() -> status.setValue(ChecklistStatus.VERIFIED));
        waitFor(() -> badge.getText().equals("Verified"));
        waitFor(() -> banner.getText().contains("1 of 20"));
        assertThat(compliance.getProgress()).isCloseTo(1 / 6.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(((Label) lookup("#checklist-progress-text-0").query()).getText()).isEqualTo("1 of 6 done");
        assertThat(missingText(missing)).doesNotContain("CS-01");
        assertThat(((Label) lookup("#item-verified").query()).getText()).startsWith("Verified ");
        assertThat(shown).as("nothing opens by itself").isEmpty();
        interact(() -> evidence.getSelectionModel().select(0));
        clickOn("#item-open-evidence");
        waitFor(() -> shown.size() == 1);
        assertThat(Files.readString(shown.get(0))).isEqualTo("%PDF-1.7 the BAA, reviewed");

        // N/A without a reason is refused and the editor goes back to the stored status
        clickOn("#item-CS-03");
        waitFor(() -> title.getText().startsWith("CS-03"));
        interact(() -> status.setValue(ChecklistStatus.NOT_APPLICABLE));
        Label message = lookup("#checklist-message").query();
        assertThat(message.getText()).isEqualTo("CS-03: not applicable needs a reason");
        assertThat(status.getValue()).isEqualTo(ChecklistStatus.NOT_STARTED);
        clickOn("#item-reason").write("no recordings in scope");
        interact(() -> status.setValue(ChecklistStatus.NOT_APPLICABLE));
        Label cs03 = lookup("#item-CS-03").lookup(".status-badge").query();
        waitFor(() -> cs03.getText().equals("Not applicable"));
        waitFor(() -> banner.getText().contains("2 of 20"));
    }

    private static String missingText(VBox missing) {
        return String.join("\n", missing.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void aWorkspaceGivenAtStartOpensAndDroppedFilesOpenOrImport() throws Exception {
        Path mine = home.resolve("mine.vbench");
        try (Workspace ws = Workspace.create(mine)) {
            DemoData.fill(ws);
        }
        start(mine);
        assertThat(context.mainViewModel().getWorkspace().path()).isEqualTo(mine);
        assertThat(home.resolve(DemoWorkspace.FILE_NAME)).as("no demo when a file was given").doesNotExist();

        Path other = home.resolve("other.vbench");
        Workspace.create(other).close();
        interact(() -> context.filesDropped(DroppedFiles.classify(List.of(other))));
        waitFor(() -> context.mainViewModel().getWorkspace().path().equals(other));

        interact(() -> context.filesDropped(DroppedFiles.classify(List.of(mine))));
        waitFor(() -> context.mainViewModel().getWorkspace().path().equals(mine));
        List<Path> samples = DemoData.extractSamples(home.resolve("samples"));
        interact(() -> context.filesDropped(DroppedFiles.classify(List.of(samples.get(1)))));
        assertThat(context.mainViewModel().areaProperty().get()).isEqualTo(Area.VENDORS);
        Label outcome = lookup("#vendors-outcome").query();
        waitFor(() -> outcome.getText().startsWith("Imported 1 of 1"));
        TableView<?> vendors = lookup("#vendors-table").queryTableView();
        assertThat(vendors.getItems()).hasSize(5);
    }
}
