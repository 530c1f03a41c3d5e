package org.vendorbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.service.Scoresheets;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.Scoresheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench scoresheet WORKSPACE.vbench --evaluator NAME --out F.xlsx}: writes the sheet
 * an evaluator fills offline (manual questions, every vendor's answer, Score 0..5 and Note per
 * vendor, the evaluator's stored scores pre-filled; blind labels when blind mode is on). Opens
 * the workspace read-only, so it works while the workbench has it open.
 */
@Command(name = "scoresheet", mixinStandardHelpOptions = true,
        description = "Write an evaluator's offline scoresheet for the manual questions.")
public final class ScoresheetCommand implements Callable<Integer> {
    @Mixin
    WorkspaceArg workspace;

    @Option(names = "--evaluator", required = true, paramLabel = "NAME", description = "The evaluator who fills the sheet.")
    String evaluator;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "The scoresheet to write.")
    Path out;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() throws Exception {
        Scoresheet sheet;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            sheet = Scoresheets.write(ws, evaluator, out);
        }
        PrintWriter o = io.out();
        o.printf("Wrote %s for %s: %d manual questions x %d vendors%s.%n", out, sheet.evaluator(), sheet.rows().size(),
                sheet.vendors().size(), sheet.blind() ? " (blind)" : "");
        o.flush();
        return ExitCodes.OK;
    }
}
