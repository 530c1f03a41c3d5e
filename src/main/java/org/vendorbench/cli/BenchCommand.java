package org.vendorbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.service.ImportBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench bench import [--workbooks 50] [--questions 400] [--dir D]}: generates response
 * workbooks (outside the timing) and measures the ZIP+SAX floor, the reader and the full import.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Performance measurements.",
        subcommands = {BenchCommand.Import.class,
            BenchMemoCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (import, memo)");
    }

    /** The import benchmark. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Measure reading and importing N generated response workbooks of Q questions.")
    public static final class Import implements Callable<Integer> {
        @Option(names = "--workbooks", defaultValue = "50", paramLabel = "N") int workbooks;
        @Option(names = "--questions", defaultValue = "400", paramLabel = "Q") int questions;
        @Option(names = "--rounds", defaultValue = "5", paramLabel = "R",
                description = "Timed runs of each phase; the fastest counts (default: ${DEFAULT-VALUE}).")
        int rounds;
        @Option(names = "--warmup", defaultValue = "30", paramLabel = "W",
                description = "Untimed rounds of every phase first, so the JIT has compiled the import's code"
                        + " (default: ${DEFAULT-VALUE}).")
        int warmup;
        @Option(names = "--dir", paramLabel = "D", description = "Where to write the workbooks (default: a temp dir).")
        Path dir;
        @Option(names = "--rfp", defaultValue = "sample-rfps/mcc-rfp.xlsx", paramLabel = "RFP.xlsx",
                description = "RFP whose questions are repeated up to Q (default: ${DEFAULT-VALUE}).")
        Path rfpFile;
        @Option(names = "--pricing-from", defaultValue = "sample-rfps/vendor-careline.xlsx", paramLabel = "RESPONSE.xlsx",
                description = "Response whose Pricing sheet the generated workbooks copy (default: ${DEFAULT-VALUE}).")
        Path pricingFile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (workbooks < 1 || questions < 1 || rounds < 1 || warmup < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--workbooks, --questions and --rounds must be 1 or more, --warmup 0 or more");
            }
            PrintWriter out = spec.commandLine().getOut();
            Rfp base = InspectCommand.readRfp(rfpFile, null);
            VendorResponse pricing = org.vendorbench.workbook.ResponseReader.read(pricingFile, base, null);
            Rfp rfp = ImportBenchmark.widen(base, questions);
            Path d = dir != null ? dir : Files.createTempDirectory("vendorbench-bench");
            List<Path> files = ImportBenchmark.generate(rfp, pricing.pricing(), workbooks, d);
            out.printf("Generated %d workbooks of %d questions in %s%n", workbooks, questions, d);
            out.flush();
            ImportBenchmark.Result r = ImportBenchmark.run(rfp, files, d, warmup, rounds);
            out.printf("Best of %d rounds after %d warm-up rounds; max heap %.0f MB%n", r.rounds(), r.warmup(),
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            out.printf("%-16s %10s %12s %8s %14s %8s%n", "PHASE", "SECONDS", "WORKBOOKS/S", "x FLOOR", "PEAK HEAP MB",
                    "CPU S");
            for (ImportBenchmark.Phase p : r.phases()) {
                out.printf("%-16s %10.3f %12.1f %8.2f %14.1f %8.3f%n", p.name(), p.seconds(), p.workbooksPerSecond(),
                        r.ratio(p), p.peakHeapBytes() / 1048576.0, p.cpuSeconds());
            }
            out.printf("full import / floor = %.2f (goal <= 1.5); peak heap goal < 256 MB%n", r.ratio());
            if (r.jitMillis() >= 0) {
                out.printf("JIT compile time during the timed rounds: %d ms%s%n", r.jitMillis(),
                        r.jitMillis() > 200L * r.rounds() ? " (still compiling: give more --warmup rounds)" : "");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
