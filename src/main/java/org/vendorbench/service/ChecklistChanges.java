package org.vendorbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistItem;
import org.vendorbench.domain.checklist.ChecklistRuleException;
import org.vendorbench.domain.checklist.ChecklistRules;
import org.vendorbench.domain.checklist.ChecklistUpdate;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.store.EvidenceUpload;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;

/**
 * Changes one checklist item of one vendor: reads the evidence files (size cap checked before
 * reading), checks the checklist rules against the current state (counting the new files), then
 * writes the attachments and the entry in ONE store transaction. A refused change writes nothing.
 * Used by {@code vendorbench checklist set} and the GUI's Checklist area.
 */
public final class ChecklistChanges {
    /** What a change did: the entry before (null when nothing was stored), after, and the new evidence. */
    public record Result(ChecklistItem item, ChecklistEntry before, ChecklistEntry after, List<Evidence> attached) {}

    private ChecklistChanges() {}

    /**
     * @param vendor  vendor name as stored (see {@link Workspace#vendors()})
     * @param files   evidence files to attach (may be empty), each at most {@link Workspace#DEFAULT_EVIDENCE_CAP}
     * @param reason  the audit reason (may be null)
     * @throws ChecklistRuleException when the change breaks a checklist rule
     * @throws WorkspaceException     for an unknown item, an unreadable or too large file, a store failure
     */
    public static Result apply(Workspace ws, ChecklistDefinition def, String vendor, String itemId,
                               ChecklistUpdate update, List<Path> files, String reason, Clock clock) {
        Objects.requireNonNull(update, "update");
        ChecklistItem item = def.item(itemId).orElseThrow(() -> new WorkspaceException(
                "no checklist item '" + itemId + "' in the checklist of " + ws.file().getFileName()));
        List<EvidenceUpload> uploads = files.stream().map(f -> EvidenceUpload.read(f, Workspace.DEFAULT_EVIDENCE_CAP)).toList();
        VendorChecklist current = VendorChecklist.load(ws, def, vendor);
        ChecklistEntry before = current.storedEntry(item.id()).orElse(null);
        ChecklistEntry base = before != null ? before : ChecklistEntry.notStarted(vendor, item.id());
        int evidenceCount = current.evidenceOf(item.id()).size() + uploads.size();
        ChecklistEntry after = new ChecklistRules(clock).apply(item, base, update, ws.user(), evidenceCount);
        List<Evidence> attached = ws.saveChecklistChange(vendor, base.itemId(), after, reason, uploads, List.of());
        return new Result(item, before, after, attached);
    }
}
