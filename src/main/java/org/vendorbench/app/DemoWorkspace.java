package org.vendorbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.store.Workspace;

/**
 * The demo workspace opened on the first start, so a new user sees a working file straight away.
 * It holds the sample evaluation of {@code sample-rfps/} (RFP, five vendors, evaluator scores).
 */
public final class DemoWorkspace {
    public static final String FILE_NAME = "demo.vbench";

    private DemoWorkspace() {}

    /**
     * Returns {@code dataDir/demo.vbench}, creating the folder and the sample workspace there if the file
     * does not exist yet. Blocking I/O: call it from a background job. An existing file is left alone.
     */
    public static Path ensure(Path dataDir) throws RefusedException, java.io.IOException {
        Files.createDirectories(dataDir);
        Path demo = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!Files.exists(demo)) {
            Path part = dataDir.resolve(FILE_NAME + ".part");
            Files.deleteIfExists(part);
            try (Workspace ws = Workspace.create(part)) {
                org.vendorbench.service.DemoData.fill(ws);
            }
            // a half-filled demo never appears under the real name
            Files.move(part, demo, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return demo;
    }
}
