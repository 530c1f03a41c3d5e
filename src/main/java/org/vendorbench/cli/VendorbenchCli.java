package org.vendorbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Each subcommand lives in its own class and is listed here; a subcommand
 * exists only when it works.
 */
@Command(name = "vendorbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Choose, sign and manage a medical call-center outsourcing vendor.%n"
                + "Run without arguments to open the workbench window.",
        subcommands = {
            CommandLine.HelpCommand.class,
            WeightsCommand.class,
            NewCommand.class,
            InfoCommand.class,
            AuditCommand.class,
            RfpTemplateCommand.class,
            TemplateCommand.class,
            InspectCommand.class,
            ImportCommand.class,
            EvaluateCommand.class,
            TcoCommand.class,
            BenchCommand.class,
            ChecklistCommand.class,
            GovernanceCalendarCommand.class,
            MemoCommand.class,
            SignCommand.class,
            KpiReportCommand.class,
            InvoiceCommand.class,
            MonitorCommand.class,
            ReviewCommand.class,
            GovernanceCommand.class,
            ScoresheetCommand.class,
            ImportScoresCommand.class,
            ExportMatrixCommand.class,
        })
public final class VendorbenchCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Builds the command line with the project's exit codes and error handling. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new VendorbenchCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.REFUSED);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("vendorbench: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            c.getErr().println("vendorbench: " + msg.lines().findFirst().orElse(msg));
            return ExitCodes.REFUSED;
        });
        return cl;
    }

    /** Runs the CLI and returns the exit code (does not exit the JVM). */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return commandLine(out, err).execute(args);
    }
}
