package org.vendorbench.ui.task;

/** Thrown by a job that noticed it was cancelled; runners report it as a cancellation, not an error. */
public final class JobCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("Cancelled");
    }
}
