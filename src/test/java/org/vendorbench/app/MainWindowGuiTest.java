package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.ui.Area;
import org.vendorbench.ui.MainViewModel;
import org.vendorbench.ui.ScriptedFileDialogs;
import org.vendorbench.ui.settings.UiTheme;
import org.vendorbench.ui.task.BackgroundJob;

/**
 * The real main window, wired by {@link AppContext} on a temporary data folder, driven headless
 * through Monocle. Only the native file choosers are replaced.
 */
class MainWindowGuiTest extends FxRobot {
    @TempDir
    Path home;

    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private AppContext context;
    private MainViewModel vm;

    @BeforeEach
    void startWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        context = AppContext.load(home, files); // settings I/O here, off the UI thread
        vm = context.mainViewModel();
        FxToolkit.setupStage(stage -> context.start(stage));
        waitUntilIdle();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        context.shutdown();
    }

    @Test
    void firstStartShowsNavigationStatusBarAndTheDemoWorkspace() {
        ListView<Area> nav = lookup("#navigation").queryListView();
        assertThat(nav.getItems()).containsExactly(Area.values());
        for (Area area : Area.values()) {
            assertThat(lookup(".list-cell").queryAllAs(Labeled.class))
                    .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo(area.title()));
        }
        Path demo = home.resolve(DemoWorkspace.FILE_NAME);
        assertThat(demo).isRegularFile();
        assertThat(statusFile()).isEqualTo(demo.toString());
        assertThat(lookup("#statusReadOnly").query().isVisible()).isFalse();
        assertThat(lookup("#statusProgress").query().isVisible()).isFalse();
        assertThat(lookup("#statusCancel").query().isVisible()).isFalse();
        assertThat(text("#areaTitle")).isEqualTo("RFP");
        assertThat(text("#areaStatus")).as("the demo holds the sample RFP").contains("Outsourced patient access");
        assertThat(((Stage) window(0)).getTitle()).isEqualTo("demo.vbench — Vendorbench");
        assertThat(lookup("#toolNew").queryButton().getTooltip().getText()).contains("Ctrl+N");
    }

    @Test
    void fileMenuNewWorkspaceCreatesTheFileAndShowsItInTheStatusBar() throws Exception {
        Path target = home.resolve("projects").resolve("north.vbench");
        Files.createDirectories(target.getParent());
        files.answer(target);

        clickOnText("File");
        // clicks on popup menu items are not delivered reliably under Monocle: pick the item by keyboard
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> files.timesAsked() == 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> target.toString().equals(statusFile()));
        waitUntilIdle();

        assertThat(target).isRegularFile();
        assertThat(vm.getWorkspace().path()).isEqualTo(target);
        assertThat(vm.recentFiles().get(0)).isEqualTo(target);
        assertThat(lookup("#toolSaveCopy").queryButton().isDisabled()).isFalse();
        Menu recent = lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menuRecent".equals(i.getId())).map(Menu.class::cast).findFirst().orElseThrow();
        assertThat(recent.getItems()).extracting(MenuItem::getText)
                .first().asString().contains("north.vbench").contains(target.getParent().toString());
    }

    @Test
    void statusBarShowsARunningJobAndItsCancelButtonStopsIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>("running");
        interact(() -> context.taskRunner().submit(BackgroundJob.of("Importing responses", ctx -> {
            ctx.updateMessage("Importing response 1 of 4");
            ctx.updateProgress(1, 4);
            started.countDown();
            while (true) {
                ctx.throwIfCancelled();
                Thread.sleep(20);
            }
        }).onSuccess(r -> outcome.set("succeeded")).onCancelled(() -> outcome.set("cancelled"))));
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#statusCancel").query().isVisible()
                && "Importing response 1 of 4".equals(text("#statusMessage")));

        ProgressBar progress = lookup("#statusProgress").queryAs(ProgressBar.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.getProgress()).isEqualTo(0.25);

        clickOn("#statusCancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "cancelled".equals(outcome.get()));
        waitUntilIdle();
        assertThat(lookup("#statusCancel").query().isVisible()).isFalse();
        assertThat(progress.isVisible()).isFalse();
    }

    @Test
    void openingATextFileShowsAnErrorDialogWithTheFileAndTheReason() throws Exception {
        Path bad = Files.writeString(home.resolve("minutes.vbench"), "Minutes of the vendor meeting\n");
        files.answer(bad);

        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#errorDialog").tryQuery().isPresent());

        DialogPane dialog = lookup("#errorDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("minutes.vbench");
        String reason = ((Label) dialog.getContent()).getText();
        assertThat(reason).contains("minutes.vbench").contains("not");
        clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntilIdle();

        assertThat(lookup("#errorDialog").tryQuery()).isEmpty();
        assertThat(statusFile()).as("the demo stays open").endsWith(DemoWorkspace.FILE_NAME);
        assertThat(Files.readString(bad)).isEqualTo("Minutes of the vendor meeting\n");
    }

    @Test
    void ctrlDigitsSwitchAreas() {
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#vendors-view").tryQuery()).isPresent();
        ListView<Area> nav = lookup("#navigation").queryListView();
        assertThat(nav.getSelectionModel().getSelectedItem()).isEqualTo(Area.VENDORS);

        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#audit-view").tryQuery()).isPresent();
        assertThat(vm.areaProperty().get()).isEqualTo(Area.AUDIT);

        clickOnText("Scoring");
        assertThat(text("#areaTitle")).isEqualTo("Scoring");
    }

    @Test
    void darkThemeFromTheViewMenuIsRemembered() throws Exception {
        clickOnText("View");
        clickOnText("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).isEqualTo(UiTheme.DARK.stylesheet());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> context.settingsStore().load().theme() == UiTheme.DARK);
        interact(() -> vm.themeProperty().set(UiTheme.LIGHT));
    }

    // ------------------------------------------------------------------ helpers

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !vm.isBusy() && !vm.jobStatus().isRunning()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String statusFile() {
        return lookup("#statusFile").queryLabeled().getText();
    }

    private String text(String query) {
        return lookup(query).queryLabeled().getText();
    }

    /** Clicks the visible labelled node (menu, menu item, list cell) whose text, without mnemonic marks, is {@code text}. */
    private void clickOnText(String text) {
        Node node = lookup((Node n) -> n instanceof Labeled l && n.isVisible() && l.getText() != null
                && l.getText().replace("_", "").equals(text)).query();
        clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
