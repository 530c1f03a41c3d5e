package org.vendorbench.ui.task;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Observable state of the running jobs for the status bar: whether any job runs, the progress and
 * message of the most recently started one, and a {@link #cancel()} for it. Touched on the UI thread
 * only (the runners guarantee it).
 */
public final class JobStatus {

    /** The live state of one running job, as reported by a runner. */
    interface Tracked {
        String message();

        double progress();

        void cancel();
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Tracked> active = new ArrayList<>();

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Progress in [0, 1] or -1 for indeterminate. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** Asks the most recently started job to stop; it stops at its next safe point. */
    public void cancel() {
        if (!active.isEmpty()) {
            active.get(active.size() - 1).cancel();
        }
    }

    void started(Tracked job) {
        active.add(job);
        refresh();
    }

    void changed(Tracked job) {
        if (!active.isEmpty() && active.get(active.size() - 1) == job) {
            refresh();
        }
    }

    void ended(Tracked job) {
        active.remove(job);
        refresh();
    }

    private void refresh() {
        if (active.isEmpty()) {
            running.set(false);
            progress.set(0);
            message.set("");
            return;
        }
        Tracked current = active.get(active.size() - 1);
        running.set(true);
        progress.set(current.progress());
        message.set(current.message());
    }
}
