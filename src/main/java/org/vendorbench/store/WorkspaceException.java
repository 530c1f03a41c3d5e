package org.vendorbench.store;

/**
 * A workspace operation that failed (database error, read-only workspace, unknown vendor,
 * evidence too large). Unchecked so repository calls stay readable; the message is one line
 * that names the workspace file and what went wrong.
 */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
