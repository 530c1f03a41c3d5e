package org.vendorbench.ui.task;

/**
 * Runs {@link BackgroundJob}s away from the UI thread and reports their progress through
 * {@link #status()}. View-models depend on this interface only, so tests run the very same jobs
 * synchronously with {@link SynchronousTaskRunner}.
 */
public interface TaskRunner {

    /** Starts the job; its callbacks run later on the UI thread. */
    <T> void submit(BackgroundJob<T> job);

    /** The progress, message and Cancel of the most recent job still running. */
    JobStatus status();
}
