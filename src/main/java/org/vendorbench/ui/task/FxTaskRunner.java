package org.vendorbench.ui.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The application's runner: wraps each job in a {@link Task} executed on the given executor, so the
 * UI thread never blocks on I/O; the job's outcome is delivered back on the UI thread. A job that
 * returns normally succeeded (even if Cancel was pressed after its point of no return); a job that
 * throws {@link JobCancelledException} was cancelled.
 */
public final class FxTaskRunner implements TaskRunner {
    private final Executor executor;
    private final JobStatus status = new JobStatus();

    public FxTaskRunner(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    @Override
    public JobStatus status() {
        return status;
    }

    @Override
    public <T> void submit(BackgroundJob<T> job) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> submit(job));
            return;
        }
        JobTask<T> task = new JobTask<>(job);
        Tracker tracker = new Tracker(task);
        task.messageProperty().addListener((o, a, b) -> status.changed(tracker));
        task.progressProperty().addListener((o, a, b) -> status.changed(tracker));
        task.setOnSucceeded(e -> {
            status.ended(tracker);
            job.succeeded(task.getValue());
        });
        task.setOnFailed(e -> {
            status.ended(tracker);
            job.failed(task.getException());
        });
        task.setOnCancelled(e -> {
            status.ended(tracker);
            job.cancelled();
        });
        status.started(tracker);
        executor.execute(task);
    }

    private static final class Tracker implements JobStatus.Tracked {
        private final JobTask<?> task;

        Tracker(JobTask<?> task) {
            this.task = task;
        }

        @Override
        public String message() {
            return task.getMessage();
        }

        @Override
        public double progress() {
            return task.getProgress();
        }

        @Override
        public void cancel() {
            task.requestCancel();
        }
    }

    /**
     * The JavaFX task running one job. Cancellation is cooperative: Cancel only raises a flag the job
     * polls, and the outcome is reported when the job really ended, so a job is never abandoned
     * half-way through file work (no thread interrupts in the middle of SQLite or lock-file I/O).
     */
    private static final class JobTask<T> extends Task<T> {
        private final Job<T> job;
        private volatile boolean cancelRequested;

        JobTask(BackgroundJob<T> job) {
            this.job = job.job();
            updateMessage(job.title() + "…");
            updateProgress(-1, 1);
        }

        void requestCancel() {
            cancelRequested = true;
            updateMessage("Cancelling…");
        }

        @Override
        protected T call() throws Exception {
            return job.run(new JobContext() {
                @Override
                public void updateMessage(String message) {
                    JobTask.this.updateMessage(message);
                }

                @Override
                public void updateProgress(double done, double total) {
                    JobTask.this.updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelRequested;
                }
            });
        }
    }
}
