package org.vendorbench.ui.vendors;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.service.DemoData;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.ScriptedFileDialogs;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.workbook.RfpReader;

/**
 * Shared set-up of the Vendors view-model tests: the bundled sample workbooks extracted to a temp
 * folder, a real workspace holding the sample RFP (open in the store service), scripted file and
 * password dialogs, and a counter of "workspace changed" callbacks. Close it after each test.
 */
final class VendorsFixture implements AutoCloseable {
    final StoreWorkspaceService service = new StoreWorkspaceService();
    final ScriptedFileDialogs files = new ScriptedFileDialogs();
    final ScriptedPasswords dialogs = new ScriptedPasswords();
    final SimpleObjectProperty<OpenWorkspace> open = new SimpleObjectProperty<>();
    /** The extracted samples: the RFP first, then the vendor responses. */
    final List<Path> samples;
    int changes;

    VendorsFixture(Path dir) throws Exception {
        samples = DemoData.extractSamples(dir.resolve("samples"));
        OpenWorkspace ws = service.create(dir.resolve("w.vbench"));
        StoreWorkspaceService.storeOf(ws).saveRfp(RfpReader.read(samples.get(0)));
        open.set(ws);
    }

    /** A fresh view-model on the open workspace, running its tasks synchronously. */
    VendorsViewModel vm() {
        return new VendorsViewModel(open, StoreWorkspaceService::storeOf, new SynchronousTaskRunner(), files, dialogs,
                () -> changes++);
    }

    /** The open workspace's store. */
    Workspace store() {
        return StoreWorkspaceService.storeOf(open.get());
    }

    @Override
    public void close() throws Exception {
        if (open.get() != null) service.close(open.get());
    }

    /** Records error dialogs, answers password prompts from a script (empty = Cancel) and records each prompt. */
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
}
