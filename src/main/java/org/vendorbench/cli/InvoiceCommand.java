package org.vendorbench.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.Invoice;
import org.vendorbench.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vendorbench invoice WORKSPACE.vbench --month YYYY-MM --component fees|retraining|governance|other
 * --amount X}: enters what was invoiced (replaces that month's component; audited). Subcommand
 * {@code import} reads a whole {@code Invoices} sheet.
 */
@Command(name = "invoice", mixinStandardHelpOptions = true,
        description = "Enter an invoiced amount for one month and cost component of the signed vendor.",
        subcommands = {InvoiceImportCommand.class})
public final class InvoiceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // optional for picocli so that "invoice import WORKSPACE F.xlsx" parses; required in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE.vbench", description = "The workspace file.")
    Path file;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The invoiced month.")
    String month;

    @Option(names = "--component", paramLabel = "C",
            description = "fees, retraining, governance or other.")
    String component;

    @Option(names = "--amount", paramLabel = "X", description = "Amount in the contract currency.")
    Double amount;

    @Option(names = "--reason", description = "Written to the audit log.")
    String reason;

    @Override
    public Integer call() throws Exception {
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'WORKSPACE.vbench'");
        }
        for (String[] o : new String[][] {{"--month", month}, {"--component", component},
                {"--amount", amount == null ? null : amount.toString()}}) {
            if (o[1] == null) throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '" + o[0] + "'");
        }
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--month '" + month + "' is not YYYY-MM");
        }
        CostComponent c = CostComponent.parse(component);
        if (c == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--component '" + component
                    + "' is not fees, retraining, governance or other");
        }
        if (!Double.isFinite(amount)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--amount is not a number");
        }
        try (Workspace ws = Workspace.open(file)) {
            ws.putInvoices(List.of(new Invoice(m, c, amount)), "cli", reason);
        }
        spec.commandLine().getOut().printf("Invoice %s %s: %s%n", m, c.code(), MonitorText.num(amount));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
