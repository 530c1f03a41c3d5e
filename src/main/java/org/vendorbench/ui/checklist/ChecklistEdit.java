package org.vendorbench.ui.checklist;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistUpdate;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.service.ChecklistChanges;
import org.vendorbench.store.EvidenceUpload;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.undo.Edit;
import org.vendorbench.ui.undo.WorkspaceEdits;

/**
 * One undoable change of one checklist item: the first {@link #apply()} runs the change under the
 * checklist rules ({@link ChecklistChanges}: attachments and entry in one transaction) and records
 * the entry before and after; {@link #revert()} removes the attachments it added and writes the
 * previous entry back, again in one transaction, audited with the reason {@code undo}; a redo
 * writes the recorded entry again and re-reads the evidence files. Runs in a background job.
 */
public final class ChecklistEdit implements Edit {
    private final Workspace ws;
    private final ChecklistDefinition def;
    private final String vendor;
    private final String itemId;
    private final ChecklistUpdate update;
    private final List<Path> files;
    private final String label;
    private final Clock clock;
    private ChecklistChanges.Result first;
    private List<Evidence> attached = List.of();

    public ChecklistEdit(Workspace ws, ChecklistDefinition def, String vendor, String itemId, ChecklistUpdate update,
                         List<Path> files, String label, Clock clock) {
        this.ws = Objects.requireNonNull(ws);
        this.def = Objects.requireNonNull(def);
        this.vendor = Objects.requireNonNull(vendor);
        this.itemId = Objects.requireNonNull(itemId);
        this.update = Objects.requireNonNull(update);
        this.files = List.copyOf(files);
        this.label = Objects.requireNonNull(label);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String label() {
        return label;
    }

    /** The change's outcome after the first apply (null before). */
    public ChecklistChanges.Result result() {
        return first;
    }

    @Override
    public void apply() {
        if (first == null) {
            first = ChecklistChanges.apply(ws, def, vendor, itemId, update, files, null, clock);
            attached = first.attached();
            return;
        }
        List<EvidenceUpload> uploads = files.stream().map(f -> EvidenceUpload.read(f, Workspace.DEFAULT_EVIDENCE_CAP)).toList();
        attached = ws.saveChecklistChange(vendor, first.after().itemId(), first.after(), "redo", uploads, List.of());
    }

    @Override
    public void revert() {
        if (first == null) throw new IllegalStateException("revert before apply");
        ChecklistEntry before = first.before() != null ? first.before()
                : ChecklistEntry.notStarted(vendor, first.after().itemId());
        ws.saveChecklistChange(vendor, before.itemId(), before, WorkspaceEdits.UNDO_REASON, List.of(),
                attached.stream().map(Evidence::id).toList());
        attached = List.of();
    }
}
