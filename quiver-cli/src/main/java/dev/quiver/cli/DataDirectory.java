package dev.quiver.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Quiver keeps its files by default: {@code $QUIVER_HOME}; else {@code $XDG_DATA_HOME/quiver} or
 * {@code ~/.local/share/quiver} on Linux, {@code ~/Library/Application Support/Quiver} on macOS and
 * {@code %LOCALAPPDATA%\Quiver} on Windows. {@code $QUIVER_DB} names the default database directly.
 * Immutable.
 */
record DataDirectory(Map<String, String> env, String osName, String userHome) {

    static DataDirectory fromEnvironment() {
        return new DataDirectory(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The directory itself. */
    Path root() {
        String home = env.get("QUIVER_HOME");
        if (isSet(home)) {
            return Path.of(home);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && isSet(env.get("LOCALAPPDATA"))) {
            return Path.of(env.get("LOCALAPPDATA"), "Quiver");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Quiver");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return isSet(xdg) ? Path.of(xdg, "quiver") : Path.of(userHome, ".local", "share", "quiver");
    }

    /** The database used when no {@code --db} is given. */
    Path defaultDatabase() {
        String db = env.get("QUIVER_DB");
        return isSet(db) ? Path.of(db) : root().resolve("quiver.db");
    }

    /** The database the demo recreates when no {@code --db} is given. */
    Path demoDatabase() {
        return root().resolve("demo.db");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
