package org.vendorbench.ui.task;

/** What a running {@link Job} may tell the user (progress, message) and ask (was it cancelled?). */
public interface JobContext {

    void updateMessage(String message);

    /** Progress as {@code done} of {@code total}; a negative {@code done} means indeterminate. */
    void updateProgress(double done, double total);

    boolean isCancelled();

    /** Stops the job at a safe point once the user pressed Cancel. */
    default void throwIfCancelled() throws JobCancelledException {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }
}
