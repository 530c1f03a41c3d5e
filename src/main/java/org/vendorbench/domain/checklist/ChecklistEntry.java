package org.vendorbench.domain.checklist;

import java.time.LocalDate;

/**
 * The state of one checklist item for one vendor, as stored in the workspace.
 *
 * @param evidenceDate the date the evidence speaks for (SOC 2 Type II period end, last
 *                     third-party audit); null when the item has no validity period
 * @param naReason     required when status is NOT_APPLICABLE
 * @param claim        what the vendor's workbook claims ("claimed, not verified"); never verifies
 */
public record ChecklistEntry(String vendor, String itemId, ChecklistStatus status, String owner,
                             LocalDate dueDate, LocalDate verifiedOn, String verifiedBy, String note,
                             String naReason, LocalDate evidenceDate, String claim) {

    public static ChecklistEntry notStarted(String vendor, String itemId) {
        return new ChecklistEntry(vendor, itemId, ChecklistStatus.NOT_STARTED, null, null, null, null, null,
                null, null, null);
    }
}
