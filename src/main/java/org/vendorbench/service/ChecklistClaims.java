package org.vendorbench.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.checklist.ChecklistTopic;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.Claim;
import org.vendorbench.domain.checklist.ClaimPrefill;

/**
 * Applies the checklist claims of a vendor's workbook to its checklist entries. One place for the
 * rule, used when a response is imported (entries stored) and when the checklist is shown.
 */
public final class ChecklistClaims {
    private ChecklistClaims() {}

    /**
     * The entries with the claims of {@code response} applied (claim text refreshed; an item
     * without an entry gets a not-started one first). The input list is not changed.
     */
    public static List<ChecklistEntry> apply(List<ChecklistEntry> stored, ChecklistDefinition def, Rfp rfp,
                                             VendorResponse response, String vendor) {
        return apply(stored, def, rfp, ClaimPrefill.topics(rfp), response, vendor);
    }

    /** As above, with the questions' topics ({@link ClaimPrefill#topics}) computed once for many responses. */
    public static List<ChecklistEntry> apply(List<ChecklistEntry> stored, ChecklistDefinition def, Rfp rfp,
                                             Map<Question, ChecklistTopic> topics, VendorResponse response,
                                             String vendor) {
        return apply(stored, ClaimPrefill.fromResponse(def, rfp, topics, response), vendor);
    }

    /** As above, with the response's claims ({@link ClaimPrefill#fromResponse}) computed already. */
    public static List<ChecklistEntry> apply(List<ChecklistEntry> stored, List<Claim> claims, String vendor) {
        List<ChecklistEntry> out = new ArrayList<>(stored);
        for (Claim c : claims) {
            int at = indexOf(out, c.itemId());
            ChecklistEntry current = at >= 0 ? out.get(at) : ChecklistEntry.notStarted(vendor, c.itemId());
            ChecklistEntry applied = ClaimPrefill.apply(current, c);
            if (at >= 0) out.set(at, applied);
            else out.add(applied);
        }
        return out;
    }

    /** Index of the entry for {@code itemId} (folded), or -1. */
    public static int indexOf(List<ChecklistEntry> entries, String itemId) {
        for (int i = 0; i < entries.size(); i++) {
            if (Fold.same(entries.get(i).itemId(), itemId)) return i;
        }
        return -1;
    }
}
