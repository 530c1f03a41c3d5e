package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.vendorbench.service.Monitoring;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vendorbench monitor WORKSPACE.vbench [--json]}: the signed vendor's KPI status, breaches and cost variance. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Show the signed vendor's KPI status, remediation items, exit rights, trends and cost variance.")
public final class MonitorCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Monitoring.Status s;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            s = Monitoring.status(ws);
        }
        var out = io.out();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(MonitorText.json(s)));
        } else {
            MonitorText.lines(s).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
