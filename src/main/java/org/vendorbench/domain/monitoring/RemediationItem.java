package org.vendorbench.domain.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A formal remediation item opened when a KPI was past its remediation threshold two months in a
 * row ({@link KpiMonitor}). The buyer fills in the owner, the due date, notes and, to close it,
 * the closure evidence and date. It is listed with the checklist so it is not lost after go-live.
 */
public record RemediationItem(long id, String kpiId, YearMonth since, YearMonth opened, String message,
                              String owner, LocalDate dueDate, String notes, String closureEvidence,
                              LocalDate closedOn) {
    public boolean isOpen() {
        return closedOn == null;
    }
}
