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

    /**
     * A warning to show while the workspace is open, e.g. that it lies in a network folder where
     * locking and crash safety are not reliable; empty when there is none.
     */
    default java.util.Optional<String> warning() {
        return java.util.Optional.empty();
    }
}
