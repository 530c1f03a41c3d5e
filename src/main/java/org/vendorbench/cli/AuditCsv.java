package org.vendorbench.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.vendorbench.workbook.SafeCells;
import org.vendorbench.domain.audit.AuditEntry;

/**
 * Writes the audit log as CSV per RFC 4180 (CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled). Text cells that a spreadsheet would read as a formula (leading
 * {@code = + - @}, tab or CR) get a leading {@code '} so vendor text cannot run as a formula.
 */
final class AuditCsv {
    static final List<String> HEADER = List.of("seq", "time", "user", "entity", "action", "old_value", "new_value",
            "reason", "prev_hash", "hash");

    private AuditCsv() {}

    static void write(Writer w, List<AuditEntry> entries) throws IOException {
        w.write(SafeCells.csvRow(HEADER));
        w.write("\r\n");
        for (AuditEntry e : entries) {
            w.write(SafeCells.csvRow(List.of(Long.toString(e.seq()), e.time().toString(), nz(e.user()), nz(e.entity()),
                    nz(e.action()), nz(e.oldValue()), nz(e.newValue()), nz(e.reason()), e.prevHash(), e.hash())));
            w.write("\r\n");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
