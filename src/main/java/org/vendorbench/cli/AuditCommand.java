package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vendorbench.domain.audit.AuditChain;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench audit WORKSPACE.vbench [--verify] [--json] [--csv FILE]}: lists the audit
 * log, exports it as CSV, or verifies its hash chain (exit 2 and the first broken entry when it
 * does not verify). Opens the workspace read-only.
 */
@Command(name = "audit", description = "List, export or verify the workspace's audit log.")
public final class AuditCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Option(names = "--verify", description = "Recompute the hash chain; exit 2 naming the first broken entry.")
    boolean verify;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the log to FILE as CSV (RFC 4180).")
    Path csv;

    @Override
    public Integer call() throws Exception {
        List<AuditEntry> entries;
        AuditChain.VerifyResult result = null;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            entries = ws.auditEntries();
            if (verify) result = ws.verifyAudit();
        }
        PrintWriter out = io.out();
        if (csv != null) {
            // atomic: a crash or a full disk leaves the old CSV or the complete new one, never half of it
            try {
                org.vendorbench.io.AtomicFiles.write(csv, os -> {
                    Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
                    AuditCsv.write(w, entries);
                    w.flush();
                });
            } catch (IOException e) {
                throw new IOException("cannot write " + csv + ": " + e.getMessage(), e);
            }
        }
        String name = String.valueOf(workspace.file.getFileName());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", workspace.file.toString());
            if (result != null) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("ok", result.ok());
                v.put("firstBrokenSeq", result.ok() ? null : result.firstBrokenSeq());
                v.put("message", result.message());
                v.put("entries", entries.size());
                v.put("headSeq", result.headSeq());
                v.put("headHash", result.headHash());
                m.put("verify", v);
            } else if (csv == null) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (AuditEntry e : entries) list.add(asMap(e));
                m.put("entries", list);
            } else {
                m.put("csv", csv.toString());
                m.put("entries", entries.size());
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else if (result != null) {
            if (result.ok()) {
                out.println("Audit log of " + name + " verified: " + entries.size() + " entries, head #"
                        + result.headSeq() + " " + result.headHash());
            }
        } else if (csv != null) {
            out.println("Wrote " + entries.size() + " audit entries to " + csv);
        } else {
            for (AuditEntry e : entries) out.println(line(e));
        }
        out.flush();
        if (result != null && !result.ok()) {
            io.err().println("vendorbench: audit log of " + name + " is broken at entry #"
                    + result.firstBrokenSeq() + ": " + result.message());
            io.err().flush();
            return ExitCodes.REFUSED;
        }
        return ExitCodes.OK;
    }

    private static String line(AuditEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(e.seq()).append("  ").append(e.time()).append("  ").append(e.user()).append("  ")
                .append(e.action()).append("  ").append(e.entity()).append(": ")
                .append(e.oldValue() == null ? "-" : e.oldValue()).append(" -> ")
                .append(e.newValue() == null ? "-" : e.newValue());
        if (e.reason() != null) sb.append("  (").append(e.reason()).append(')');
        return sb.toString().replace('\n', ' ').replace('\r', ' ');
    }

    private static Map<String, Object> asMap(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("time", e.time().toString());
        m.put("user", e.user());
        m.put("entity", e.entity());
        m.put("action", e.action());
        m.put("oldValue", e.oldValue());
        m.put("newValue", e.newValue());
        m.put("reason", e.reason());
        m.put("prevHash", e.prevHash());
        m.put("hash", e.hash());
        return m;
    }
}
