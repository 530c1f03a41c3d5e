package org.vendorbench.ui.checklist;

import java.nio.file.Path;

/**
 * Opens a file with the program the operating system associates with it (PDF reader, image
 * viewer, mail client). Behind an interface so tests record what would have been opened instead
 * of starting programs. Called on the UI thread, only after the user clicked Open.
 */
public interface SystemViewer {
    /** Shows {@code file}; throws with a one-line reason when no viewer can be started. */
    void show(Path file) throws Exception;
}
