package org.vendorbench.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.ui.task.SynchronousTaskRunner;

/** An edit applied by its own view-model job is recorded, then undone and redone like any other. */
class UndoStackRecordTest {
    @Test
    void aRecordedEditIsUndoneAndRedoneWithoutBeingAppliedTwice() {
        List<String> calls = new ArrayList<>();
        Edit edit = new Edit() {
            @Override public String label() { return "owner of CS-01"; }
            @Override public void apply() { calls.add("apply"); }
            @Override public void revert() { calls.add("revert"); }
        };
        UndoStack undo = new UndoStack(new SynchronousTaskRunner(), () -> calls.add("changed"));
        undo.record(edit);
        assertThat(calls).isEmpty();
        assertThat(undo.canUndoProperty().get()).isTrue();
        undo.undo();
        assertThat(calls).containsExactly("revert", "changed");
        assertThat(undo.canRedoProperty().get()).isTrue();
        undo.redo();
        assertThat(calls).containsExactly("revert", "changed", "apply", "changed");
        undo.undo();
        undo.record(edit);
        assertThat(undo.canRedoProperty().get()).as("a new edit clears redo").isFalse();
    }
}
