package org.vendorbench.ui.workspace;

import java.nio.file.Path;

/** A workspace file currently open in the workbench, as handed out by {@link WorkspaceService}. */
public interface OpenWorkspace {

    /** Absolute, normalised path of the file. */
    Path path();

    boolean readOnly();

    /** False once closed (also after a failed reopen while saving a copy). */
    boolean isOpen();

    /** What the workspace held when it was opened (or last refreshed). */
    WorkspaceSummary summary();
}
