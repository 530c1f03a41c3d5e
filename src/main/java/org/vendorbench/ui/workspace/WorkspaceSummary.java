package org.vendorbench.ui.workspace;

import java.util.Objects;
import java.util.Optional;

/**
 * The few facts about an open workspace that the area pages show before their full views exist:
 * which RFP was imported, how many vendors answered, how far scoring and checks went.
 *
 * @param rfpTitle title of the imported RFP, empty when none was imported yet
 * @param vendorCount vendors with a response on file
 * @param scoreCount evaluator scores entered
 * @param checklistEntryCount pre-signing checklist entries recorded (all vendors)
 * @param auditEntryCount entries in the audit log
 */
public record WorkspaceSummary(Optional<String> rfpTitle, int vendorCount, int scoreCount,
                               int checklistEntryCount, int auditEntryCount) {
    public WorkspaceSummary {
        Objects.requireNonNull(rfpTitle);
    }

    /** A freshly created workspace. */
    public static WorkspaceSummary empty() {
        return new WorkspaceSummary(Optional.empty(), 0, 0, 0, 0);
    }
}
