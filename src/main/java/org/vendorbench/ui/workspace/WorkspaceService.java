package org.vendorbench.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import org.vendorbench.domain.RefusedException;

/**
 * The workspace file operations the workbench offers, as blocking calls that run inside background
 * jobs (never on the UI thread). A refused file raises {@link RefusedException} with a one-line reason;
 * a file that cannot be written now but can be read (held by another window, newer format) raises
 * {@link WritingRefusedException} so the user can open it read-only.
 */
public interface WorkspaceService {

    /** Creates a new, empty workspace at {@code file} (which must not exist) and opens it. */
    OpenWorkspace create(Path file) throws RefusedException, IOException;

    OpenWorkspace open(Path file) throws RefusedException, IOException;

    OpenWorkspace openReadOnly(Path file) throws RefusedException, IOException;

    /**
     * Writes a consistent copy of the open workspace to {@code target} (which must not exist) and
     * returns the workspace to carry on with: the same file, possibly reopened to take the copy.
     */
    OpenWorkspace saveCopy(OpenWorkspace workspace, Path target) throws RefusedException, IOException;

    /** Re-reads the summary (counts shown by the area pages) of an open workspace. */
    WorkspaceSummary summary(OpenWorkspace workspace) throws RefusedException, IOException;

    void close(OpenWorkspace workspace) throws IOException;
}
