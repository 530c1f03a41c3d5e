package org.vendorbench.ui.undo;

/**
 * One reversible edit of the workspace. Both directions call the store again, so an undo is itself a
 * new audited change (the audit log is append-only). Runs in a background job: no JavaFX here.
 */
public interface Edit {
    /** Shown in the Undo/Redo menu items, e.g. "score TK-05 of MedConnect". */
    String label();

    void apply() throws Exception;

    void revert() throws Exception;
}
