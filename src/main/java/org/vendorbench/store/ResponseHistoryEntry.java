package org.vendorbench.store;

import java.time.Instant;

/** One imported response of a vendor; older imports are kept as history, one is current. */
public record ResponseHistoryEntry(long responseId, String vendor, String fileName, String fileSha256,
                                   Instant importedAt, boolean current) {}
