package org.vendorbench.store;

import java.util.List;
import org.vendorbench.domain.checklist.ChecklistEntry;

/**
 * Computes, inside the import transaction of a response, the checklist entries its claims change
 * (the rule lives in the service layer; the store only runs it where the vendor row and its
 * stored entries are known), so a response and its claims are stored all-or-nothing with one
 * audit entry.
 */
@FunctionalInterface
public interface ClaimUpdater {
    /** No claims: only the response is stored. */
    ClaimUpdater NONE = (vendor, stored) -> List.of();

    /**
     * @param vendor the vendor as stored (first spelling wins)
     * @param stored the vendor's stored checklist entries
     * @return the entries to store (new or changed ones only)
     */
    List<ChecklistEntry> changed(String vendor, List<ChecklistEntry> stored);
}
