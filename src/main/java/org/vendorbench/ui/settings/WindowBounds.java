package org.vendorbench.ui.settings;

/** Last position and size of the main window, restored on the next start if it still fits a screen. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public WindowBounds {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("window size must be positive: " + width + "x" + height);
        }
    }
}
