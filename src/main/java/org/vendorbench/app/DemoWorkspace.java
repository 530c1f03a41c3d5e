package org.vendorbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.store.Workspace;

/**
 * The demo workspace opened on the first start, so a new user sees a working file straight away.
 * For now it is an empty workspace; importing the sample RFP and responses is added here later.
 */
public final class DemoWorkspace {
    public static final String FILE_NAME = "demo.vbench";

    private DemoWorkspace() {}

    /**
     * Returns {@code dataDir/demo.vbench}, creating the folder and an empty workspace there if the file
     * does not exist yet. Blocking I/O: call it from a background job. An existing file is left alone.
     */
    public static Path ensure(Path dataDir) throws RefusedException, java.io.IOException {
        Files.createDirectories(dataDir);
        Path demo = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!Files.exists(demo)) {
            Workspace ws = Workspace.create(demo);
            // nothing to fill in yet: the sample-rfps import goes here, before the close
            ws.close();
        }
        return demo;
    }
}
