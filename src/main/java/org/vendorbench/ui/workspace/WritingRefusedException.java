package org.vendorbench.ui.workspace;

import org.vendorbench.domain.RefusedException;

/**
 * Opening for writing was refused (another window holds the workspace's lock, or the file needs a
 * newer Vendorbench) but the file can be read, so the user is offered to open it read-only.
 * The message is the store's specific reason.
 */
public final class WritingRefusedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public WritingRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
