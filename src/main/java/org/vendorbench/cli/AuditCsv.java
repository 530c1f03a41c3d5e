package org.vendorbench.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
        row(w, HEADER);
        for (AuditEntry e : entries) {
            w.write(Long.toString(e.seq()));
            for (String s : List.of(e.time().toString(), nz(e.user()), nz(e.entity()), nz(e.action()), nz(e.oldValue()),
                    nz(e.newValue()), nz(e.reason()), e.prevHash(), e.hash())) {
                w.write(',');
                w.write(quote(defuse(s)));
            }
            w.write("\r\n");
        }
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            w.write(quote(defuse(cells.get(i))));
        }
        w.write("\r\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Prefixes a text cell that would start a formula with {@code '}. */
    static String defuse(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** RFC 4180 quoting. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
