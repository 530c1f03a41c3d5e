package org.vendorbench.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.KpiTerm;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench sign WORKSPACE.vbench --vendor V --go-live DATE [--reason ..]}: marks the vendor
 * as signed and freezes its KPI and price terms, go-live and term into the workspace (audited).
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Mark a vendor as signed: freeze its KPI terms, price terms, go-live date and term.")
public final class SignCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Mixin
    VendorOption vendorOption;

    @Option(names = "--go-live", required = true, paramLabel = "DATE", description = "Go-live date, yyyy-mm-dd.")
    LocalDate goLive;

    @Option(names = "--reason", description = "Why (written to the audit log), e.g. the board decision.")
    String reason;

    @Option(names = "--user", paramLabel = "NAME", description = "Who signs (default: the OS user).")
    String user;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(workspace.file)) {
            if (user != null) ws.setUser(user);
            ContractBaseline b = ws.signVendor(vendorOption.vendor, goLive, reason);
            var out = io.out();
            out.printf("Signed %s: go-live %s, %d months (to %s), %d KPI terms frozen%n", b.vendor(), b.goLive(),
                    b.termMonths(), b.endDate(), b.kpis().size());
            for (KpiTerm t : b.kpis()) {
                out.printf("  %s %s: target %s, remediation %s, exit %s, committed %s%n", t.kpiId(), t.name(),
                        MonitorText.num(t.target()), t.remediation() == null ? "-" : MonitorText.num(t.remediation()),
                        MonitorText.num(t.exit()), t.committed() == null ? "-" : MonitorText.num(t.committed()));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
