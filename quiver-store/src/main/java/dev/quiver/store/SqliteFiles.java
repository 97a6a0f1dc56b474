package dev.quiver.store;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * How the store opens its SQLite file: WAL journal, {@code synchronous=NORMAL}, foreign keys on and a
 * busy timeout, so that readers never block the writer and other processes wait rather than fail.
 */
final class SqliteFiles {

    /** How long a statement waits for another process's write lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private SqliteFiles() {}

    /** A data source whose every connection is set up as the store needs. */
    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }
}
