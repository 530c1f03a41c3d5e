package org.vendorbench.store;

import java.nio.file.Path;

/**
 * What a workspace holds, for {@code vendorbench info} and the window title/status bar.
 *
 * @param rfpId         null when no RFP has been loaded yet
 * @param auditHeadHash the hash of the last audit entry (the genesis hash when the log is empty)
 */
public record WorkspaceInfo(Path file, int schemaVersion, boolean readOnly, String rfpId, String rfpTitle,
                            int vendors, int currentResponses, int evaluatorScores, int checklistEntries,
                            int evidence, long auditEntries, String auditHeadHash) {}
