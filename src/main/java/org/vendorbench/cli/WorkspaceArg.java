package org.vendorbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * picocli mixin for the required first positional parameter {@code WORKSPACE.vbench} that most
 * workspace subcommands take. Declared once so that its label, index and help text stay the same
 * in every command ({@code @Mixin WorkspaceArg workspace;} then {@code workspace.file}).
 * Commands where the workspace is optional for parsing (those with subcommands) declare their own.
 */
public final class WorkspaceArg {
    /** The workspace file as given on the command line. */
    @Parameters(index = "0", paramLabel = "WORKSPACE.vbench", description = "The workspace file.")
    Path file;
}
