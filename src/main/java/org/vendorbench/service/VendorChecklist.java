package org.vendorbench.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.ReadinessReport;
import org.vendorbench.domain.checklist.Readiness;
import org.vendorbench.store.Workspace;

/**
 * One vendor's checklist as the workbench shows it: the checklist that applies, the stored entries
 * with the claims of the vendor's current response applied in memory (nothing written), and its
 * evidence. The CLI's {@code checklist} commands and the GUI's Checklist area both read it here.
 *
 * @param vendor the vendor name as stored
 */
public record VendorChecklist(String vendor, ChecklistDefinition definition, List<ChecklistEntry> entries,
                              List<Evidence> evidence) {
    public VendorChecklist {
        entries = List.copyOf(entries);
        evidence = List.copyOf(evidence);
    }

    /** The checklist for the workspace's RFP (the built-in list when no RFP is stored). */
    public static ChecklistDefinition definition(Workspace ws, ChecklistDefinition.Mode mode) {
        return ChecklistDefinition.effective(ws.loadRfp().orElse(null), mode);
    }

    /** Reads {@code vendor}'s entries (claims applied) and evidence. */
    public static VendorChecklist load(Workspace ws, ChecklistDefinition def, String vendor) {
        return new VendorChecklist(vendor, def, entriesWithClaims(ws, def, vendor), ws.evidence(vendor));
    }

    /**
     * The vendor's stored entries with the claims of its current response applied (claim text
     * refreshed; a SOC 2 Type I answer fails an open SOC 2 item). Nothing is written.
     */
    public static List<ChecklistEntry> entriesWithClaims(Workspace ws, ChecklistDefinition def, String vendor) {
        List<ChecklistEntry> stored = ws.checklistEntries(vendor);
        Optional<Rfp> rfp = ws.loadRfp();
        Optional<VendorResponse> response = ws.currentResponses().stream()
                .filter(r -> Fold.same(r.vendor(), vendor)).findFirst();
        if (rfp.isEmpty() || response.isEmpty()) return stored;
        return ChecklistClaims.apply(stored, def, rfp.get(), response.get(), vendor);
    }

    /** The entry of {@code itemId} (folded), or a not-started one. */
    public ChecklistEntry entry(String itemId) {
        int at = ChecklistClaims.indexOf(entries, itemId);
        return at >= 0 ? entries.get(at) : ChecklistEntry.notStarted(vendor, itemId);
    }

    /** The entry of {@code itemId} when one is stored or claimed, else empty. */
    public Optional<ChecklistEntry> storedEntry(String itemId) {
        int at = ChecklistClaims.indexOf(entries, itemId);
        return at >= 0 ? Optional.of(entries.get(at)) : Optional.empty();
    }

    public List<Evidence> evidenceOf(String itemId) {
        return evidence.stream().filter(e -> Fold.same(e.itemId(), itemId)).toList();
    }

    /** Evidence grouped by item ID as stored. */
    public Map<String, List<Evidence>> evidenceByItem() {
        Map<String, List<Evidence>> m = new LinkedHashMap<>();
        for (Evidence e : evidence) m.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
        return m;
    }

    /** Readiness today according to {@code clock}. */
    public ReadinessReport assess(Clock clock) {
        return Readiness.assess(vendor, definition, entries, evidenceByItem(), clock);
    }
}
