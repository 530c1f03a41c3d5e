package org.vendorbench.ui;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.service.DemoData;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * Shared fixture of the area view-model tests that run on the demo data: a real workspace
 * {@code dir/demo.vbench} filled by {@link DemoData}, open in a {@link StoreWorkspaceService}, and
 * the "current workspace" property the view-models observe. Close it after each test.
 */
public final class DemoWorkspace implements AutoCloseable {
    public final StoreWorkspaceService service = new StoreWorkspaceService();
    /** The workspace the view-model sees; a test may set it to null to play "nothing open". */
    public final SimpleObjectProperty<OpenWorkspace> open = new SimpleObjectProperty<>();

    public DemoWorkspace(Path dir) throws Exception {
        OpenWorkspace ws = service.create(dir.resolve("demo.vbench"));
        DemoData.fill(StoreWorkspaceService.storeOf(ws));
        open.set(ws);
    }

    /** The store of the open workspace. */
    public Workspace store() {
        return StoreWorkspaceService.storeOf(open.get());
    }

    @Override
    public void close() throws Exception {
        if (open.get() != null && open.get().isOpen()) service.close(open.get());
    }
}
