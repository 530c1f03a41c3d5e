package org.vendorbench.domain;

/**
 * Input that is refused as a whole (a workbook, a workspace, a CSV). The message is one line,
 * specific, and names the file/sheet/cell where it can.
 */
public class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }

    public RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
