package org.vendorbench.domain.checklist;

import java.time.Instant;

/** Metadata of one evidence attachment; the bytes live in the workspace, addressed by SHA-256. */
public record Evidence(long id, String vendor, String itemId, String fileName, long size, String sha256,
                       Instant importedAt) {}
