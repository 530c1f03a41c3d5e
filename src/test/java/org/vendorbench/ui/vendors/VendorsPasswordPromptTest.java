package org.vendorbench.ui.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.service.DemoData;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.ScriptedFileDialogs;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.workbook.RfpReader;

/** The Vendors import asks for the password of an encrypted workbook, retries after a wrong one, and Cancel keeps it refused. */
class VendorsPasswordPromptTest {
    @TempDir Path dir;
    private final StoreWorkspaceService service = new StoreWorkspaceService();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final SimpleObjectProperty<OpenWorkspace> open = new SimpleObjectProperty<>();
    private final ScriptedPasswords dialogs = new ScriptedPasswords();
    private List<Path> samples;

    /** Answers password prompts from a script (empty = Cancel) and records each prompt. */
    static final class ScriptedPasswords implements DialogService {
        final Deque<Optional<String>> answers = new ArrayDeque<>();
        final List<String> prompts = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override public void showError(String title, String header, String reason) { errors.add(header + ": " + reason); }
        @Override public boolean confirm(String title, String header, String question, String acceptLabel) { return false; }
        @Override public void showInfo(String title, String header, String text) { }

        @Override
        public Optional<String> askPassword(String title, String file, String problem) {
            prompts.add(file + " | " + problem);
            return answers.isEmpty() ? Optional.empty() : answers.poll();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        samples = DemoData.extractSamples(dir.resolve("samples"));
        OpenWorkspace ws = service.create(dir.resolve("w.vbench"));
        StoreWorkspaceService.storeOf(ws).saveRfp(RfpReader.read(samples.get(0)));
        open.set(ws);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (open.get() != null) service.close(open.get());
    }

    private VendorsViewModel vm() {
        return new VendorsViewModel(open, StoreWorkspaceService::storeOf, new SynchronousTaskRunner(), files, dialogs, () -> { });
    }

    private Path encrypt(Path plain, String name, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            Path out = dir.resolve(name);
            try (OutputStream fos = Files.newOutputStream(out)) {
                fs.writeFilesystem(fos);
            }
            return out;
        }
    }

    @Test
    void aWrongPasswordAsksAgainSayingSoAndTheRightOneImports() throws Exception {
        Path locked = encrypt(samples.get(1), "locked.xlsx", "s3cret");
        dialogs.answers.add(Optional.of("guess"));
        dialogs.answers.add(Optional.of("s3cret"));
        VendorsViewModel vm = vm();

        vm.importFiles(List.of(samples.get(2), locked));

        assertThat(dialogs.prompts).containsExactly("locked.xlsx | null",
                "locked.xlsx | locked.xlsx: wrong password. Try again, or Cancel to leave it refused.");
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.refused()).isEmpty();
        assertThat(vm.vendors()).hasSize(2);
        assertThat(StoreWorkspaceService.storeOf(open.get()).currentResponses()).hasSize(2);
        assertThat(vm.outcomeProperty().get()).startsWith("Imported 2 of 2 file(s)");
    }

    @Test
    void cancelLeavesTheFileRefusedAndStoresNothingOfIt() throws Exception {
        Path locked = encrypt(samples.get(1), "locked.xlsx", "s3cret");
        dialogs.answers.add(Optional.empty());
        VendorsViewModel vm = vm();

        vm.importFiles(List.of(locked));

        assertThat(dialogs.prompts).containsExactly("locked.xlsx | null");
        assertThat(vm.refused()).extracting(VendorsViewModel.RefusedFile::reason)
                .containsExactly("locked.xlsx is password protected: give the password (--password)");
        assertThat(StoreWorkspaceService.storeOf(open.get()).currentResponses()).isEmpty();
        assertThat(vm.outcomeProperty().get()).startsWith("Imported 0 of 1 file(s)");
    }

    @Test
    void aFileThatIsNotEncryptedIsNeverAskedFor() throws Exception {
        VendorsViewModel vm = vm();
        vm.importFiles(List.of(samples.get(1)));
        assertThat(dialogs.prompts).isEmpty();
        assertThat(vm.vendors()).hasSize(1);
    }
}
