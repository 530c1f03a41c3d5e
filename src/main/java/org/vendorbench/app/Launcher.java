package org.vendorbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.vendorbench.cli.VendorbenchCli;

/**
 * Entry point of {@code vendorbench.jar}. Does not extend {@code Application}: with arguments it runs
 * the CLI and never touches JavaFX, so it works on a machine with no display; without arguments it
 * opens the workbench window. One argument that names an existing {@code .vbench} file also opens the
 * window, on that workspace: that is how {@code vendorbench my.vbench} and the operating system's file
 * association (jpackage passes the file as the only argument) start it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0 || workspaceArgument(args).isPresent()) {
            GuiStarter.start(args);
            return;
        }
        System.exit(VendorbenchCli.execute(args));
    }

    /**
     * The workspace to open when {@code args} is exactly one argument naming an existing regular
     * file whose name ends in {@code .vbench} (any case); otherwise empty (no argument, a subcommand,
     * a missing file, a folder, two arguments: the CLI's business).
     */
    public static Optional<Path> workspaceArgument(String[] args) {
        if (args == null || args.length != 1 || args[0] == null || args[0].isBlank()) return Optional.empty();
        String arg = args[0].strip();
        if (arg.startsWith("-") || !arg.toLowerCase(Locale.ROOT).endsWith(".vbench")) return Optional.empty();
        try {
            Path p = Path.of(arg.startsWith("file:") ? java.net.URI.create(arg).getPath() : arg).toAbsolutePath().normalize();
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (IllegalArgumentException e) { // InvalidPathException, a malformed file: URI
            return Optional.empty();
        }
    }
}
