package org.vendorbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.service.MemoBenchmark;
import org.vendorbench.workbook.ResponseReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench bench memo [--vendors 20] [--questions 400] [--runs 1000] [--repeat 3] [--out F]}:
 * composes and renders the decision memo for generated vendors (built in memory from the sample
 * responses) and prints the warm render time, file size and page count.
 */
@Command(name = "memo", mixinStandardHelpOptions = true,
        description = "Measure composing and rendering the decision memo for N vendors x Q questions.")
public final class BenchMemoCommand implements Callable<Integer> {
    @Option(names = "--vendors", defaultValue = "20", paramLabel = "N") int vendors;
    @Option(names = "--questions", defaultValue = "400", paramLabel = "Q") int questions;
    @Option(names = "--runs", defaultValue = "1000", paramLabel = "R", description = "Monte Carlo runs (default: ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--warmup", defaultValue = "2", paramLabel = "W", description = "Untimed renders first (default: ${DEFAULT-VALUE}).")
    int warmup;
    @Option(names = "--repeat", defaultValue = "3", paramLabel = "K", description = "Timed renders (default: ${DEFAULT-VALUE}).")
    int repeat;
    @Option(names = "--rfp", defaultValue = "sample-rfps/mcc-rfp.xlsx", paramLabel = "RFP.xlsx") Path rfpFile;
    @Option(names = "--samples", defaultValue = "sample-rfps", paramLabel = "DIR",
            description = "Folder whose vendor-*.xlsx responses the generated vendors copy (default: ${DEFAULT-VALUE}).")
    Path samples;
    @Option(names = "--out", paramLabel = "MEMO.pdf", description = "Also write the last rendered memo here.") Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (vendors < 1 || questions < 1 || runs < 0 || warmup < 0 || repeat < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--vendors, --questions and --repeat must be 1 or more; --runs and --warmup 0 or more");
        }
        Rfp base = InspectCommand.readRfp(rfpFile, null);
        List<VendorResponse> sampleResponses = new ArrayList<>();
        try (var files = Files.list(samples)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("vendor-.*\\.xlsx")).sorted().toList()) {
                sampleResponses.add(ResponseReader.read(p, base, null));
            }
        }
        if (sampleResponses.isEmpty()) {
            spec.commandLine().getErr().println("vendorbench: no vendor-*.xlsx responses in " + samples);
            return ExitCodes.REFUSED;
        }
        MemoBenchmark.Result r = MemoBenchmark.run(MemoBenchmark.request(base, sampleResponses, vendors, questions, runs),
                warmup, repeat);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Memo for %d vendors x %d questions (%d Monte Carlo runs)%n", r.vendors(), r.questions(), r.runs());
        o.printf("evaluate (once)            %8.2f s%n", r.evaluateSeconds());
        o.printf("compose + render, warm     %8.2f s median, %.2f s best of %d (goal < 3 s)%n", r.medianRenderSeconds(),
                r.minRenderSeconds(), repeat);
        o.printf("PDF                        %8.1f MB, %d pages%n", r.bytes() / 1048576.0, r.pages());
        if (out != null) {
            AtomicFiles.write(out, r.pdf());
            o.println("wrote " + out);
        }
        o.flush();
        return ExitCodes.OK;
    }
}
