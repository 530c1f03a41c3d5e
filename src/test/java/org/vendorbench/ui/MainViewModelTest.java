package org.vendorbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.settings.Settings;
import org.vendorbench.ui.settings.SettingsStore;
import org.vendorbench.ui.settings.UiTheme;
import org.vendorbench.ui.settings.WindowBounds;
import org.vendorbench.ui.task.SynchronousTaskRunner;

/** The main view-model on real workspace files, with jobs run synchronously. */
class MainViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final StoreWorkspaceService service = new StoreWorkspaceService();
    private SettingsStore settingsStore;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        settingsStore = new SettingsStore(dir, Runnable::run, p -> { throw new AssertionError(p); });
        vm = viewModel(Settings.defaults());
    }

    private MainViewModel viewModel(Settings initial) {
        return new MainViewModel(service, new SynchronousTaskRunner(), files, dialogs, settingsStore, initial);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        if (vm.getWorkspace() != null) {
            service.close(vm.getWorkspace());
        }
    }

    @Test
    void newWorkspaceCreatesTheFileOpensItAndRemembersIt() {
        files.answer(dir.resolve("alpha")); // no extension typed: .vbench is added
        vm.newWorkspace();

        Path created = dir.resolve("alpha.vbench");
        assertThat(dialogs.errors).isEmpty();
        assertThat(created).isRegularFile();
        assertThat(vm.getWorkspace().path()).isEqualTo(created);
        assertThat(vm.fileLabel().get()).isEqualTo(created.toString());
        assertThat(vm.windowTitle().get()).isEqualTo("alpha.vbench — Vendorbench");
        assertThat(vm.readOnly().get()).isFalse();
        assertThat(vm.summaryProperty().get().rfpTitle()).isEmpty();
        assertThat(vm.recentFiles()).containsExactly(created);
        assertThat(settingsStore.load().recentFiles()).containsExactly(created);
        assertThat(vm.isBusy()).isFalse();
        assertThat(vm.canUseWorkspace().get()).isTrue();
    }

    @Test
    void newWorkspaceRefusesToOverwriteAnExistingFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("taken.vbench"), "precious");
        files.answer(existing);
        vm.newWorkspace();

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Cannot create workspace | taken.vbench | ").contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("precious");
        assertThat(vm.getWorkspace()).isNull();
    }

    @Test
    void cancelledChooserDoesNothing() {
        vm.newWorkspace();
        vm.openWorkspace();
        assertThat(files.timesAsked()).isEqualTo(2);
        assertThat(vm.getWorkspace()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void openingATextFileShowsTheFileAndWhyAndKeepsTheCurrentWorkspace() throws Exception {
        files.answer(dir.resolve("good.vbench"));
        vm.newWorkspace();
        Path bad = Files.writeString(dir.resolve("notes.vbench"), "just some text, not a database\n");

        files.answer(bad);
        vm.openWorkspace();

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Cannot open workspace | notes.vbench | ").contains("notes.vbench");
        assertThat(dialogs.confirmations).as("an unreadable file is not offered read-only").isEmpty();
        assertThat(vm.getWorkspace().path()).isEqualTo(dir.resolve("good.vbench"));
        assertThat(vm.getWorkspace().isOpen()).isTrue();
        assertThat(Files.readString(bad)).isEqualTo("just some text, not a database\n");
    }

    @Test
    void aWorkspaceOpenElsewhereIsOfferedReadOnly() throws Exception {
        Path shared = dir.resolve("shared.vbench");
        Workspace.create(shared).close();
        try (Workspace elsewhere = Workspace.open(shared)) {
            files.answer(shared);
            vm.openWorkspace();

            assertThat(dialogs.confirmations).singleElement().asString()
                    .startsWith("Open read-only? | shared.vbench cannot be opened for editing | ")
                    .contains("already open").endsWith("| Open read-only");
            assertThat(vm.getWorkspace().readOnly()).isTrue();
            assertThat(vm.readOnly().get()).isTrue();
            assertThat(vm.windowTitle().get()).contains("(read-only)");
            assertThat(elsewhere.isReadOnly()).isFalse();
        }
    }

    @Test
    void decliningReadOnlyLeavesNothingOpen() throws Exception {
        Path shared = dir.resolve("shared.vbench");
        Workspace.create(shared).close();
        dialogs.acceptConfirmations = false;
        try (Workspace elsewhere = Workspace.open(shared)) {
            vm.openFile(shared, false);
            assertThat(dialogs.confirmations).hasSize(1);
            assertThat(vm.getWorkspace()).isNull();
            assertThat(elsewhere.isReadOnly()).as("the other holder keeps writing").isFalse();
        }
    }

    @Test
    void aMissingRecentFileIsReportedAndDropped() throws Exception {
        Path kept = dir.resolve("kept.vbench");
        Workspace.create(kept).close();
        Path gone = dir.resolve("gone.vbench");
        vm = viewModel(Settings.defaults().withRecentFiles(List.of(gone, kept)));

        vm.openRecent(gone);

        assertThat(dialogs.errors).singleElement().asString().contains("gone.vbench").contains("no longer exists");
        assertThat(vm.recentFiles()).containsExactly(kept);
        assertThat(settingsStore.load().recentFiles()).containsExactly(kept);
        vm.openRecent(kept);
        assertThat(vm.getWorkspace().path()).isEqualTo(kept);
    }

    @Test
    void saveCopyWritesAnOpenableCopyAndKeepsWorkingOnTheOriginal() throws Exception {
        files.answer(dir.resolve("orig.vbench")).answer(dir.resolve("backup"));
        vm.newWorkspace();
        vm.saveCopy();

        Path copy = dir.resolve("backup.vbench");
        assertThat(dialogs.errors).isEmpty();
        assertThat(copy).isRegularFile();
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved a copy to " + copy);
        assertThat(vm.getWorkspace().path()).isEqualTo(dir.resolve("orig.vbench"));
        assertThat(vm.getWorkspace().isOpen()).isTrue();
        try (Workspace reopened = Workspace.openReadOnly(copy)) {
            assertThat(reopened.info().schemaVersion()).isPositive();
        }
        // the original is still held for writing by the view-model
        assertThat(service.summary(vm.getWorkspace())).isNotNull();

        files.answer(copy);
        vm.saveCopy();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot save a copy | backup.vbench | ")
                .contains("already exists");
    }

    @Test
    void closeReleasesTheFileSoItCanBeOpenedForWritingAgain() throws Exception {
        files.answer(dir.resolve("c.vbench"));
        vm.newWorkspace();
        vm.closeWorkspace();

        assertThat(vm.getWorkspace()).isNull();
        assertThat(vm.fileLabel().get()).isEqualTo("No workspace open");
        assertThat(vm.canUseWorkspace().get()).isFalse();
        Workspace.open(dir.resolve("c.vbench")).close();
    }

    @Test
    void firstStartCreatesAndOpensTheDemoWorkspace() {
        Path demo = dir.resolve("demo.vbench");
        vm.startUp(true, ctx -> {
            Workspace.create(demo).close();
            return demo;
        });
        assertThat(vm.getWorkspace().path()).isEqualTo(demo);
        assertThat(vm.recentFiles()).containsExactly(demo);
    }

    @Test
    void laterStartsReopenTheMostRecentWorkspaceThatStillExists() throws Exception {
        Path last = dir.resolve("last.vbench");
        Workspace.create(last).close();
        AtomicInteger demoCalls = new AtomicInteger();
        vm = viewModel(Settings.defaults().withRecentFiles(List.of(dir.resolve("deleted.vbench"), last)));

        vm.startUp(false, ctx -> {
            demoCalls.incrementAndGet();
            return dir.resolve("demo.vbench");
        });

        assertThat(demoCalls).hasValue(0);
        assertThat(vm.getWorkspace().path()).isEqualTo(last);
        assertThat(vm.recentFiles()).containsExactly(last);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void statusBarShowsTheHomeFolderAsTilde() {
        Path home = Path.of("/home/ann");
        assertThat(MainViewModel.displayPath(Path.of("/home/ann/bids/a.vbench"), home)).isEqualTo("~/bids/a.vbench");
        assertThat(MainViewModel.displayPath(Path.of("/home/annie/a.vbench"), home)).isEqualTo("/home/annie/a.vbench");
        assertThat(MainViewModel.displayPath(Path.of("/srv/a.vbench"), Path.of("/"))).isEqualTo("/srv/a.vbench");
    }

    @Test
    void themeAreaAndLayoutAreRemembered() {
        vm.themeProperty().set(UiTheme.DARK);
        vm.selectArea(4);
        vm.selectArea(99);
        assertThat(vm.areaProperty().get()).isEqualTo(Area.TCO);
        vm.rememberLayout(Optional.of(new WindowBounds(5, 6, 900, 600, false)), 0.25);

        Settings saved = settingsStore.load();
        assertThat(saved.theme()).isEqualTo(UiTheme.DARK);
        assertThat(saved.area()).isEqualTo("TCO");
        assertThat(saved.dividerPosition()).isEqualTo(0.25);
        assertThat(saved.window()).contains(new WindowBounds(5, 6, 900, 600, false));
        assertThat(viewModel(saved).areaProperty().get()).isEqualTo(Area.TCO);
    }

    @Test
    void quitClosesTheWorkspaceThenExits() throws Exception {
        files.answer(dir.resolve("q.vbench"));
        vm.newWorkspace();
        var open = vm.getWorkspace();
        AtomicInteger exits = new AtomicInteger();

        assertThat(vm.quit(exits::incrementAndGet)).isTrue();

        assertThat(exits).hasValue(1);
        assertThat(open.isOpen()).isFalse();
        Workspace.open(dir.resolve("q.vbench")).close();
    }
}
