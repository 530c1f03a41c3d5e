package org.vendorbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.service.MemoService;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vendorbench memo WORKSPACE.vbench --out memo.pdf} or {@code vendorbench memo --rfp RFP.xlsx
 * RESPONSE.xlsx... --out memo.pdf}: the PDF decision memo. The creation time and date come from the
 * inputs (last audit entry), never the clock, so the same inputs give the same bytes. The work is
 * {@link MemoService}'s, shared with the GUI's Memo area.
 */
@Command(name = "memo", description = "Write the PDF decision memo.")
public final class MemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "A workspace, or response workbooks with --rfp.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--rfp", description = "One-shot mode: the RFP workbook.")
    Path rfpFile;

    @Option(names = "--out", required = true, description = "The PDF to write.")
    Path out;

    @Option(names = "--final", description = "Mark the memo final (default draft).")
    boolean finalStatus;

    @Option(names = "--pdfa", description = "Write PDF/A-2A instead of PDF/UA-1.")
    boolean pdfa;

    @Option(names = "--no-appendix", description = "Leave out the appendix.")
    boolean noAppendix;

    @Option(names = "--prepared-by", description = "Author shown on the cover.")
    String preparedBy = "Vendorbench";

    @Option(names = "--runs", description = "Monte Carlo runs (0 = none).")
    int runs = MemoService.DEFAULT_RUNS;

    @Option(names = "--date", description = "Memo date (YYYY-MM-DD); default: from the inputs.")
    LocalDate date;

    @Override
    public Integer call() {
        try {
            MemoService.Options options = new MemoService.Options(finalStatus, pdfa, !noAppendix, preparedBy, runs, date);
            byte[] pdf;
            if (rfpFile != null) {
                pdf = MemoService.render(rfpFile, files, options);
            } else {
                if (files.size() != 1) {
                    spec.commandLine().getErr().println("memo: give one WORKSPACE.vbench, or --rfp RFP.xlsx RESPONSE.xlsx...");
                    return ExitCodes.USAGE;
                }
                try (Workspace ws = Workspace.openReadOnly(files.get(0))) {
                    pdf = MemoService.render(ws, options);
                }
            }
            AtomicFiles.write(out, pdf);
            spec.commandLine().getOut().println("wrote " + out);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (RefusedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REFUSED;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("memo: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.REFUSED;
        }
    }
}
