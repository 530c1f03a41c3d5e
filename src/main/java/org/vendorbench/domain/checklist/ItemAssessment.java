package org.vendorbench.domain.checklist;

import java.time.LocalDate;

/**
 * The rules' verdict on one entry on one day.
 *
 * @param status     the effective status (with EXPIRED / INVALID derived)
 * @param overdue    due date before today and not done
 * @param validUntil last valid day of the evidence for items with a validity period, else null
 * @param reason     why the status is EXPIRED or INVALID (one line), else null
 */
public record ItemAssessment(ChecklistItem item, ChecklistEntry entry, EffectiveStatus status, boolean overdue,
                             LocalDate validUntil, String reason) {}
