package org.vendorbench.ui.task;

/**
 * Runs each job immediately on the caller's thread, then its callbacks: view-model tests see the
 * outcome as soon as the action returns, with the same jobs the application runs in the background.
 */
public final class SynchronousTaskRunner implements TaskRunner {
    private final JobStatus status = new JobStatus();

    @Override
    public JobStatus status() {
        return status;
    }

    @Override
    public <T> void submit(BackgroundJob<T> job) {
        Context context = new Context(job.title());
        status.started(context);
        T result;
        try {
            result = job.job().run(context);
        } catch (Exception e) {
            status.ended(context);
            job.failed(e);
            return;
        }
        status.ended(context);
        job.succeeded(result);
    }

    private final class Context implements JobContext, JobStatus.Tracked {
        private String message;
        private double progress = -1;
        private volatile boolean cancelled;

        Context(String title) {
            this.message = title + "…";
        }

        @Override
        public void updateMessage(String message) {
            this.message = message;
            status.changed(this);
        }

        @Override
        public void updateProgress(double done, double total) {
            this.progress = done < 0 || total <= 0 ? -1 : Math.min(1, done / total);
            status.changed(this);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public String message() {
            return message;
        }

        @Override
        public double progress() {
            return progress;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
