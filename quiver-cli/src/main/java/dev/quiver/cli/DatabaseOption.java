package dev.quiver.cli;

import dev.quiver.store.BarStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by every command that reads or writes the database. */
final class DatabaseOption {

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "SQLite database file (default: $QUIVER_DB, else quiver.db in the user's data directory).")
    Path db;

    /** The file in use: the option, else the default of {@link DataDirectory}. */
    Path file() {
        return db != null ? db : DataDirectory.fromEnvironment().defaultDatabase();
    }

    /** Opens (creating if needed) the database. */
    BarStore open() {
        return BarStore.open(file());
    }
}
