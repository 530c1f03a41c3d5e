package org.vendorbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.service.ScoringMatrix;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench export-matrix WORKSPACE.vbench --out F.xlsx}: the whole scoring matrix (one
 * row per question, a column group per vendor) with live Excel formulas for the section scores
 * and totals, so a consultant can audit them. Opens the workspace read-only.
 */
@Command(name = "export-matrix", mixinStandardHelpOptions = true,
        description = "Export the scoring matrix to Excel with live formulas for section scores and totals.")
public final class ExportMatrixCommand implements Callable<Integer> {
    @Mixin
    WorkspaceArg workspace;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "The workbook to write.")
    Path out;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() throws Exception {
        ScoringMatrix.Written w;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            w = ScoringMatrix.export(ws, out);
        }
        PrintWriter o = io.out();
        o.printf("Wrote %s: %d vendors%s.%n", out, w.vendors().size(),
                w.priced() ? ", quality, price score and combined" : ", quality only (no TCO: the assumptions are incomplete)");
        o.flush();
        return ExitCodes.OK;
    }
}
