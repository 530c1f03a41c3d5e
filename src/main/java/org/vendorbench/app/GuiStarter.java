package org.vendorbench.app;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiStarter {
    private GuiStarter() {}

    static void start(String[] args) {
        if (java.awt.GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") == null
                && !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).matches(".*(win|mac).*")) {
            System.err.println("vendorbench: no display to open the window on; try 'vendorbench --help' for the CLI");
            System.exit(1);
        }
        javafx.application.Application.launch(VendorbenchApp.class, args);
    }
}
