package org.vendorbench.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link Job} plus what to do with its outcome. The callbacks always run on the UI thread (or on
 * the caller's thread with {@link SynchronousTaskRunner}), so they may update view-model properties.
 *
 * @param <T> the job's result
 */
public final class BackgroundJob<T> {
    private final String title;
    private final Job<T> job;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundJob(String title, Job<T> job) {
        this.title = Objects.requireNonNull(title);
        this.job = Objects.requireNonNull(job);
    }

    /** A job whose {@code title} is shown in the status bar while it runs. */
    public static <T> BackgroundJob<T> of(String title, Job<T> job) {
        return new BackgroundJob<>(title, job);
    }

    public BackgroundJob<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundJob<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundJob<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Runs when the job ended, whatever the outcome, <em>before</em> the outcome callback: clean-up
     * such as clearing a busy flag comes first so the outcome callback may start a follow-up job.
     */
    public BackgroundJob<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    public String title() {
        return title;
    }

    Job<T> job() {
        return job;
    }

    void succeeded(T result) {
        onFinished.run();
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFinished.run();
        if (error instanceof JobCancelledException) {
            onCancelled.run();
        } else {
            onFailure.accept(error);
        }
    }

    void cancelled() {
        onFinished.run();
        onCancelled.run();
    }
}
