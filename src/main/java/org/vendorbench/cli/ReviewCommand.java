package org.vendorbench.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.memo.MemoRenderer;
import org.vendorbench.memo.MemoSpec;
import org.vendorbench.service.Monitoring;
import org.vendorbench.service.ReviewReport;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vendorbench review WORKSPACE.vbench --month YYYY-MM --out review.pdf}: the monthly/quarterly vendor review PDF. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Write the monthly (quarterly for a quarter-end month) vendor review PDF.")
public final class ReviewCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month reviewed.")
    String month;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Override
    public Integer call() throws Exception {
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw io.usage("--month '" + month + "' is not YYYY-MM");
        }
        MemoSpec memo;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            Monitoring.Status s = Monitoring.status(ws);
            String org = ws.loadRfp().map(r -> r.organization()).orElse(null);
            memo = ReviewReport.spec(s, ws.reviews(), m, org, ws.user());
        }
        byte[] pdf = new MemoRenderer().render(memo, MemoRenderer.Options.DEFAULT);
        AtomicFiles.write(out, pdf);
        io.out().println("Wrote " + out);
        io.out().flush();
        return ExitCodes.OK;
    }
}
