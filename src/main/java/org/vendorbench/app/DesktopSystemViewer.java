package org.vendorbench.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import javafx.application.HostServices;
import org.vendorbench.ui.checklist.SystemViewer;

/**
 * Opens files with the operating system's viewer: the JavaFX {@link HostServices} when the
 * application handed them over, else {@code java.awt.Desktop} on a thread of its own (AWT must not
 * block the JavaFX thread). Only ever called after the user clicked Open.
 */
final class DesktopSystemViewer implements SystemViewer {
    private static final System.Logger LOG = System.getLogger(DesktopSystemViewer.class.getName());
    private volatile HostServices hostServices;

    void useHostServices(HostServices services) {
        this.hostServices = services;
    }

    @Override
    public void show(Path file) {
        HostServices host = hostServices;
        if (host != null) {
            host.showDocument(file.toUri().toString());
            return;
        }
        if (!java.awt.Desktop.isDesktopSupported() || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            throw new UnsupportedOperationException("this system offers no way to open files with their viewer; the copy is at " + file);
        }
        Thread t = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(file.toFile());
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Opening " + file + " failed", e);
            }
        }, "vendorbench-open-file");
        t.setDaemon(true);
        t.start();
    }
}
