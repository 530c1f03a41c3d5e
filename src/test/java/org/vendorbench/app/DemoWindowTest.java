package org.vendorbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.ui.ScriptedFileDialogs;

/**
 * The real window, wired by {@link AppContext} on a temporary data folder (so the first start builds
 * and opens the demo workspace), under headless Monocle. Area GUI tests extend it; {@link #files}
 * answers the file choosers.
 */
abstract class DemoWindowTest extends FxRobot {
    @TempDir Path home;
    protected final ScriptedFileDialogs files = new ScriptedFileDialogs();
    protected AppContext context;

    @BeforeEach
    void startWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        context = AppContext.load(home, files); // settings I/O here, off the UI thread
        FxToolkit.setupStage(stage -> context.start(stage));
        // building the demo can take long on a loaded CI machine
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> context.mainViewModel().getWorkspace() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        context.shutdown();
    }
}
