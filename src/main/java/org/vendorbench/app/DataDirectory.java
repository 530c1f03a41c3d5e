package org.vendorbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workbench keeps its settings and the demo workspace: the system property
 * {@code vendorbench.home} if set (tests point it at a temporary folder), else the platform's user
 * data folder: {@code %APPDATA%\Vendorbench} on Windows, {@code ~/Library/Application Support/Vendorbench}
 * on macOS, {@code $XDG_DATA_HOME/vendorbench} or {@code ~/.local/share/vendorbench} elsewhere.
 */
public final class DataDirectory {
    public static final String PROPERTY = "vendorbench.home";

    private DataDirectory() {}

    /** The folder for this JVM's system properties and environment (does not create it). */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Vendorbench");
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Vendorbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("vendorbench");
        }
        return home.resolve(".local").resolve("share").resolve("vendorbench");
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
