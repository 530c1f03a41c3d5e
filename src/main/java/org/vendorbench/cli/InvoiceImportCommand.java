package org.vendorbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.InvoiceReport;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.InvoiceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vendorbench invoice import WORKSPACE.vbench F.xlsx}: reads the {@code Invoices} sheet
 * (Month, Component, Amount) and replaces the invoices of every month it covers, in one audited
 * transaction; prints the warnings with their cells.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an 'Invoices' sheet (Month, Component, Amount); each month it covers replaces the stored one.")
public final class InvoiceImportCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Parameters(index = "1", paramLabel = "F.xlsx", description = "The workbook with the Invoices sheet.")
    Path workbook;

    @Option(names = "--reason", description = "Written to the audit log.")
    String reason;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(workspace.file)) {
            ContractBaseline b = ws.contract().orElseThrow(() -> new RefusedException(
                    workspace.file.getFileName() + " has no signed vendor: run 'vendorbench sign' first"));
            InvoiceReport r = InvoiceReader.read(workbook, b.currency());
            int n = ws.importInvoices(r, reason);
            var out = io.out();
            out.printf("Imported %d invoice lines as %d amounts for %d months (%s to %s) from %s%n", r.lines(), n,
                    r.months().size(), r.months().get(0), r.months().get(r.months().size() - 1), r.fileName());
            for (ImportWarning w : r.warnings()) {
                out.printf("  warning %s%s: %s%n", w.code(), w.cell() == null ? "" : " " + w.sheet() + "!" + w.cell(),
                        w.message());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
