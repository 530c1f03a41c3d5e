package org.vendorbench.ui.settings;

import java.io.IOException;
import org.vendorbench.io.AtomicFiles;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads and writes {@link Settings} as {@code settings.properties} in the user data folder. Loading
 * happens once at start-up off the UI thread; saves are handed to a background executor (ordered,
 * last one wins) and replace the file atomically so a crash never leaves half a file. A damaged or
 * unreadable file falls back to defaults: preferences are never worth refusing to start.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Executor writer;
    private final Consumer<String> problems;

    /**
     * @param writer where saves run: a single background thread in the app, {@code Runnable::run} in tests
     * @param problems receives one-line messages about files that could not be read or written
     */
    public SettingsStore(Path dataDir, Executor writer, Consumer<String> problems) {
        this.file = dataDir.resolve(FILE_NAME);
        this.writer = Objects.requireNonNull(writer);
        this.problems = Objects.requireNonNull(problems);
    }

    public Path file() {
        return file;
    }

    /** True when no settings were ever saved: the first start of the workbench on this account. */
    public boolean isFirstStart() {
        return !Files.exists(file);
    }

    /** Blocking read; returns defaults when the file is missing or unreadable. */
    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            problems.accept("Could not read " + file + " (" + e.getMessage() + "); using default settings");
            return Settings.defaults();
        }
        return fromProperties(props);
    }

    /** Saves in the background; the UI thread only hands over the immutable snapshot. */
    public void save(Settings settings) {
        Properties props = toProperties(settings);
        writer.execute(() -> {
            try {
                write(props);
            } catch (IOException | UncheckedIOException e) {
                problems.accept("Could not save settings to " + file + ": " + e.getMessage());
            }
        });
    }

    private void write(Properties props) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> props.store(out, "Vendorbench settings"));
    }

    static Properties toProperties(Settings s) {
        Properties p = new Properties();
        p.setProperty("theme", s.theme().name());
        p.setProperty("area", s.area());
        p.setProperty("divider", Double.toString(s.dividerPosition()));
        for (int i = 0; i < s.recentFiles().size(); i++) {
            p.setProperty("recent." + i, s.recentFiles().get(i).toString());
        }
        s.window().ifPresent(w -> {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        return p;
    }

    static Settings fromProperties(Properties p) {
        Settings d = Settings.defaults();
        UiTheme theme = d.theme();
        try {
            theme = UiTheme.valueOf(p.getProperty("theme", d.theme().name()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ignored) {
            // unknown theme name: keep the default
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX; i++) {
            String value = p.getProperty("recent." + i);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                recent.add(Path.of(value));
            } catch (InvalidPathException ignored) {
                // a path from another OS or a hand edit: drop it
            }
        }
        Optional<WindowBounds> window = Optional.empty();
        try {
            if (p.containsKey("window.width")) {
                window = Optional.of(new WindowBounds(
                        Double.parseDouble(p.getProperty("window.x", "0")),
                        Double.parseDouble(p.getProperty("window.y", "0")),
                        Double.parseDouble(p.getProperty("window.width")),
                        Double.parseDouble(p.getProperty("window.height", "0")),
                        Boolean.parseBoolean(p.getProperty("window.maximized", "false"))));
            }
        } catch (IllegalArgumentException ignored) {
            // malformed numbers: the window opens with its default size
        }
        double divider = d.dividerPosition();
        try {
            divider = Double.parseDouble(p.getProperty("divider", Double.toString(divider)));
        } catch (NumberFormatException ignored) {
            // keep default
        }
        return new Settings(theme, RecentFiles.prune(recent, x -> true), window, p.getProperty("area", ""), divider);
    }
}
