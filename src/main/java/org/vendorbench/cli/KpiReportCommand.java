package org.vendorbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.KpiReport;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.KpiReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code vendorbench kpi-report WORKSPACE.vbench FILE.xlsx}: imports the signed vendor's KPI report
 * (months it covers replace the stored ones), then prints the warnings and new breaches.
 */
@Command(name = "kpi-report", mixinStandardHelpOptions = true,
        description = "Import the signed vendor's monthly KPI report (sheet 'KPI Report', wide or long, weekly rows averaged).")
public final class KpiReportCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Parameters(index = "1", paramLabel = "FILE.xlsx", description = "The KPI report workbook.")
    Path report;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(workspace.file)) {
            ContractBaseline b = ws.contract().orElseThrow(() -> new RefusedException(
                    workspace.file.getFileName() + " has no signed vendor: run 'vendorbench sign' first"));
            KpiReport r = KpiReportReader.read(report, b.kpis());
            int before = ws.remediationItems().size();
            int exitsBefore = ws.exitRights().size();
            int n = ws.importKpiReport(r);
            var out = io.out();
            out.printf("Imported %d values for %d months (%s layout) from %s%n", n, r.months().size(), r.layout(),
                    r.fileName());
            for (ImportWarning w : r.warnings()) {
                out.printf("  warning %s%s: %s%n", w.code(), w.cell() == null ? "" : " " + w.sheet() + "!" + w.cell(),
                        w.message());
            }
            ws.remediationItems().stream().skip(before)
                    .forEach(i -> out.println("  remediation opened: " + i.message()));
            ws.exitRights().stream().skip(exitsBefore)
                    .forEach(e -> out.println("  exit right: " + e.right().message()));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
