package org.vendorbench.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the workbench remembers between runs: theme, recent workspaces (most recent first),
 * window bounds, the area shown and the navigation pane's width. Immutable; change with the withers.
 *
 * @param area name of an {@code org.vendorbench.ui.Area}, kept as text so an unknown one is ignored
 * @param dividerPosition navigation/content divider of the split pane, in (0, 1)
 */
public record Settings(UiTheme theme, List<Path> recentFiles, Optional<WindowBounds> window,
                       String area, double dividerPosition) {

    public static final double DEFAULT_DIVIDER = 0.18;

    public Settings {
        Objects.requireNonNull(theme);
        recentFiles = List.copyOf(recentFiles);
        Objects.requireNonNull(window);
        Objects.requireNonNull(area);
        if (!(dividerPosition > 0.02 && dividerPosition < 0.9)) {
            dividerPosition = DEFAULT_DIVIDER;
        }
    }

    public static Settings defaults() {
        return new Settings(UiTheme.LIGHT, List.of(), Optional.empty(), "", DEFAULT_DIVIDER);
    }

    public Settings withTheme(UiTheme value) {
        return new Settings(value, recentFiles, window, area, dividerPosition);
    }

    public Settings withRecentFiles(List<Path> value) {
        return new Settings(theme, value, window, area, dividerPosition);
    }

    public Settings withWindow(Optional<WindowBounds> value) {
        return new Settings(theme, recentFiles, value, area, dividerPosition);
    }

    public Settings withArea(String value) {
        return new Settings(theme, recentFiles, window, value, dividerPosition);
    }

    public Settings withDividerPosition(double value) {
        return new Settings(theme, recentFiles, window, area, value);
    }
}
