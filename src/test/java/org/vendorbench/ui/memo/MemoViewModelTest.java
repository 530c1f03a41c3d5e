package org.vendorbench.ui.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.ui.DemoWorkspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.ScriptedFileDialogs;
import org.vendorbench.ui.task.SynchronousTaskRunner;

/** The Memo area's view-model on the real demo workspace, jobs run synchronously. */
class MemoViewModelTest {
    @TempDir Path dir;
    private DemoWorkspace demo;
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final List<String> errors = new ArrayList<>();
    private final DialogService dialogs = new DialogService() {
        @Override public void showError(String title, String header, String reason) { errors.add(header + ": " + reason); }
        @Override public boolean confirm(String title, String header, String question, String acceptLabel) { return false; }
        @Override public void showInfo(String title, String header, String text) { }
    };

    @BeforeEach
    void setUp() throws Exception {
        demo = new DemoWorkspace(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
    }

    private MemoViewModel vm() {
        return new MemoViewModel(demo.open, StoreWorkspaceService::storeOf, runner, files, dialogs);
    }

    @Test
    void previewYieldsOneImagePerPageAndExportWritesTheSameMemo() throws Exception {
        MemoViewModel vm = vm();
        vm.dpiProperty().set(48);
        vm.preparedByProperty().set("Pat Lead");
        vm.preview();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.pages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vm.selectedPageProperty().get()).isZero();
        assertThat(vm.pages().get(0).getWidth()).as("A4/Letter width at 48 dpi").isBetween(390, 410);
        assertThat(vm.messageProperty().get()).startsWith(vm.pages().size() + " pages").endsWith("PDF/UA-1");

        Path target = dir.resolve("out").resolve("memo.pdf");
        Files.createDirectories(target.getParent());
        files.answer(target);
        vm.export();
        assertThat(errors).isEmpty();
        assertThat(target).isRegularFile();
        assertThat(vm.exportedProperty().get()).isEqualTo(target);
        assertThat(vm.messageProperty().get()).isEqualTo("Wrote " + target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(vm.pages().size());
            assertThat(pdf.getDocumentInformation().getAuthor()).contains("Pat Lead");
        }
        try (var list = Files.list(target.getParent())) {
            assertThat(list).as("no temp file left").containsExactly(target);
        }
    }

    @Test
    void exportCancelledInTheChooserWritesNothingAndAFailureNamesTheFile() throws Exception {
        MemoViewModel vm = vm();
        vm.export(); // chooser cancelled
        assertThat(files.timesAsked()).isEqualTo(1);
        assertThat(vm.exportedProperty().get()).isNull();

        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x").resolve("memo.pdf");
        files.answer(blocked);
        vm.appendixProperty().set(false);
        vm.export();
        assertThat(errors).singleElement().asString().startsWith("memo.pdf: ");
        assertThat(vm.messageProperty().get()).startsWith("Memo not written: ");
    }

    @Test
    void cancellingThePreviewLeavesNoPages() {
        MemoViewModel vm = vm();
        runner.status().messageProperty().addListener((o, a, m) -> {
            if (m.startsWith("Rasterising page 1")) runner.status().cancel(); // the status bar's Cancel
        });
        vm.preview();
        assertThat(vm.messageProperty().get()).isEqualTo("Preview cancelled");
        assertThat(vm.pages()).isEmpty();
    }
}
