package org.vendorbench.memo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the renderer needs for one memo. {@code createdAt} is fixed by the caller (taken from
 * the workspace, not the clock) so the same input gives byte-identical output.
 *
 * @param runningHeader text at the top of every page after the cover
 * @param fingerprint   SHA-256 of the data the memo was made from, printed on every page footer
 */
public record MemoSpec(String title, String organization, LocalDate date, String preparedBy, boolean finalStatus,
                       String recommendation, String runningHeader, String fingerprint, Instant createdAt,
                       String language, List<MemoBlock> blocks) {
    public MemoSpec {
        blocks = List.copyOf(blocks);
        if (language == null || language.isBlank()) language = "en-US";
    }
}
