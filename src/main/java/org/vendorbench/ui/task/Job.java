package org.vendorbench.ui.task;

/**
 * A unit of background work written as plain Java (no JavaFX): it reports progress and polls for
 * cancellation through its {@link JobContext}. The same job runs inside a {@code javafx.concurrent.Task}
 * in the application and synchronously in view-model tests.
 *
 * @param <T> the result handed to the success callback on the UI thread
 */
@FunctionalInterface
public interface Job<T> {
    T run(JobContext context) throws Exception;
}
