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

    /** True when the database said the disk (or the file's page limit) is full: SQLITE_FULL. */
    public boolean diskFull() {
        return isDiskFull(this);
    }

    /** True when {@code t} or one of its causes is SQLite's SQLITE_FULL (disk or database full). */
    static boolean isDiskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException s && ((s.getErrorCode() & 0xFF) == 13
                    || String.valueOf(s.getMessage()).contains("SQLITE_FULL"))) {
                return true;
            }
        }
        return false;
    }
}
