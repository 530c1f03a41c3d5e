package org.vendorbench.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;

/**
 * Undo/Redo (Ctrl+Z / Ctrl+Y) of this session's edits. Every step runs as a background job; a failed
 * step stays where it was. A new edit clears the redo side. View-model layer: tested without windows.
 */
public final class UndoStack {
    private final TaskRunner tasks;
    private final Runnable changed;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper();

    /** @param changed called on the UI thread after any step changed the workspace */
    public UndoStack(TaskRunner tasks, Runnable changed) {
        this.tasks = Objects.requireNonNull(tasks);
        this.changed = Objects.requireNonNull(changed);
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastErrorProperty() { return lastError.getReadOnlyProperty(); }
    /** Label of the edit Undo would revert ("" when none), for the Edit menu. */
    public ReadOnlyStringProperty undoLabelProperty() { return undoLabel.getReadOnlyProperty(); }
    /** Label of the edit Redo would re-apply ("" when none). */
    public ReadOnlyStringProperty redoLabelProperty() { return redoLabel.getReadOnlyProperty(); }
    /**
     * Goes up by one after every step (edit, undo, redo) that changed the workspace, on the UI thread,
     * so views that show the edited data can reload.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Applies {@code edit} and records it. */
    public void execute(Edit edit) {
        run(edit.label(), edit::apply, () -> {
            done.push(edit);
            undone.clear();
        });
    }

    /**
     * Records an edit its caller already applied in its own background job (a view-model that needs
     * its own success and failure handling), so Undo can revert it. UI thread.
     */
    public void record(Edit edit) {
        done.push(Objects.requireNonNull(edit));
        undone.clear();
        update();
    }

    public void undo() {
        Edit edit = done.peek();
        if (edit != null) run("Undo " + edit.label(), edit::revert, () -> undone.push(done.pop()));
    }

    public void redo() {
        Edit edit = undone.peek();
        if (edit != null) run("Redo " + edit.label(), edit::apply, () -> done.push(undone.pop()));
    }

    /** Forgets the history (another workspace was opened). */
    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    private interface Step {
        void run() throws Exception;
    }

    private void run(String title, Step step, Runnable bookkeeping) {
        tasks.submit(BackgroundJob.of(title, ctx -> {
            step.run();
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            bookkeeping.run();
            lastError.set("");
            update();
            revision.set(revision.get() + 1);
            changed.run();
        }).onFailure(e -> lastError.set(title + ": " + e.getMessage())));
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoLabel.set(done.isEmpty() ? "" : done.peek().label());
        redoLabel.set(undone.isEmpty() ? "" : undone.peek().label());
    }
}
