package org.vendorbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vendorbench new WORKSPACE.vbench}: creates an empty workspace; never overwrites a file. */
@Command(name = "new", description = "Create an empty workspace file (refuses an existing file).")
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE.vbench", description = "The workspace file to create.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.create(file)) {
            spec.commandLine().getOut().println("Created " + ws.file());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
