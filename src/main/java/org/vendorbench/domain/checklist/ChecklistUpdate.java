package org.vendorbench.domain.checklist;

import java.time.LocalDate;

/**
 * A user's change to one checklist entry. A null field keeps the current value; a blank text
 * clears it (for owner and note). {@code status} null keeps the status (e.g. only re-assigning
 * the owner).
 */
public record ChecklistUpdate(ChecklistStatus status, String note, String owner, LocalDate dueDate,
                              String naReason, LocalDate evidenceDate) {
    public static ChecklistUpdate status(ChecklistStatus status) {
        return new ChecklistUpdate(status, null, null, null, null, null);
    }

    public ChecklistUpdate withNote(String n) { return new ChecklistUpdate(status, n, owner, dueDate, naReason, evidenceDate); }

    public ChecklistUpdate withOwner(String o) { return new ChecklistUpdate(status, note, o, dueDate, naReason, evidenceDate); }

    public ChecklistUpdate withDueDate(LocalDate d) { return new ChecklistUpdate(status, note, owner, d, naReason, evidenceDate); }

    public ChecklistUpdate withNaReason(String r) { return new ChecklistUpdate(status, note, owner, dueDate, r, evidenceDate); }

    public ChecklistUpdate withEvidenceDate(LocalDate d) { return new ChecklistUpdate(status, note, owner, dueDate, naReason, d); }
}
