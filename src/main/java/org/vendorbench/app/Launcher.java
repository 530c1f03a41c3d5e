package org.vendorbench.app;

import org.vendorbench.cli.VendorbenchCli;

/**
 * Entry point of {@code vendorbench.jar}. Does not extend {@code Application}: with arguments it runs
 * the CLI and never touches JavaFX, so it works on a machine with no display; without arguments it
 * opens the workbench window.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiStarter.start(args);
            return;
        }
        System.exit(VendorbenchCli.execute(args));
    }
}
