package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench info WORKSPACE.vbench [--json]}: what a workspace holds. Opens read-only, so
 * it also works while the workbench has the file open.
 */
@Command(name = "info", description = "Show what a workspace file holds.")
public final class InfoCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        WorkspaceInfo info;
        java.util.Optional<String> networkWarning;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            info = ws.info();
            networkWarning = ws.networkWarning();
        }
        PrintWriter out = io.out();
        Map<String, Object> m = asMap(info);
        networkWarning.ifPresent(w -> m.put("networkWarning", w));
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            m.forEach((k, v) -> out.println(k + ": " + (v == null ? "-" : v)));
        }
        out.flush();
        if (networkWarning.isPresent()) {
            PrintWriter err = io.err();
            err.println("vendorbench: warning: " + networkWarning.get());
            err.flush();
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> asMap(WorkspaceInfo i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", i.file().toString());
        m.put("schemaVersion", i.schemaVersion());
        m.put("rfpId", i.rfpId());
        m.put("rfpTitle", i.rfpTitle());
        m.put("vendors", i.vendors());
        m.put("currentResponses", i.currentResponses());
        m.put("evaluatorScores", i.evaluatorScores());
        m.put("checklistEntries", i.checklistEntries());
        m.put("evidence", i.evidence());
        m.put("auditEntries", i.auditEntries());
        m.put("auditHeadHash", i.auditHeadHash());
        return m;
    }
}
