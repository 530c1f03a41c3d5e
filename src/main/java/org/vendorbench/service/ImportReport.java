package org.vendorbench.service;

import java.nio.file.Path;
import java.util.List;
import org.vendorbench.domain.ImportWarning;

/**
 * What an import did, one result per response file in the order given.
 *
 * @param rfpStored true when the RFP definition was saved (first import or same RFP ID replaced)
 */
public record ImportReport(boolean rfpStored, List<FileResult> files) {
    public ImportReport {
        files = List.copyOf(files);
    }

    /** The outcome of one file. */
    public enum Status { IMPORTED, REPLACED, REFUSED, CANCELLED }

    /**
     * One response file: {@code vendor} and {@code sha256} are null when the file was refused or
     * not reached; {@code error} is the one-line refusal message.
     */
    public record FileResult(Path path, String vendor, Status status, String error, List<ImportWarning> warnings,
                             int answered, String sha256) {
        public FileResult {
            warnings = List.copyOf(warnings);
        }
    }

    /** True when no file was refused (cancelled files count as not refused). */
    public boolean allImported() {
        return files.stream().noneMatch(f -> f.status() == Status.REFUSED);
    }
}
