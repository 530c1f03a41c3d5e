package org.vendorbench.domain.checklist;

/**
 * Status a user sets on a checklist item. "Expired" is never stored: it is derived from the
 * evidence date (see the checklist rules).
 */
public enum ChecklistStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), VERIFIED("Verified"), FAILED("Failed"),
    NOT_APPLICABLE("Not applicable");

    public final String label;

    ChecklistStatus(String label) { this.label = label; }
}
