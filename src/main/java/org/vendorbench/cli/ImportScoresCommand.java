package org.vendorbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.service.Scoresheets;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vendorbench import-scores WORKSPACE.vbench F.xlsx...}: merges filled scoresheets back,
 * one audited transaction per file. A refused file (another workspace, an unknown vendor or
 * question, a score outside 0..5) changes nothing and is reported with its cells; the other
 * files are still merged. Exit 0 when every file was merged, 2 when any was refused.
 */
@Command(name = "import-scores", mixinStandardHelpOptions = true,
        description = "Merge filled evaluator scoresheets into a workspace.")
public final class ImportScoresCommand implements Callable<Integer> {
    @Mixin
    WorkspaceArg workspace;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "F.xlsx", description = "Filled scoresheets.")
    List<Path> files = new ArrayList<>();

    @Mixin
    PasswordOption passwordOption;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        int refused = 0;
        try (Workspace ws = Workspace.open(workspace.file)) {
            if (ws.isReadOnly()) throw new RefusedException(workspace.file.getFileName() + " is read-only: nothing imported");
            for (Path f : files) {
                try {
                    Scoresheets.Imported r = Scoresheets.importFile(ws, f, passwordOption.password);
                    out.printf("%s: %d scores of %s, %d new or changed.%n", f.getFileName(), r.scores(), r.evaluator(),
                            r.changed());
                } catch (RefusedException e) {
                    refused++;
                    err.println("vendorbench: " + CommandIo.firstLine(e.getMessage()));
                }
            }
        }
        out.flush();
        err.flush();
        return refused == 0 ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
