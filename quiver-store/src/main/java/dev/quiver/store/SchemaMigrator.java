package dev.quiver.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a store's schema up to date with Flyway's versioned migrations in {@code db/migration}
 * ({@code V1__*.sql}, ...), each applied once and recorded in {@code flyway_schema_history}.
 *
 * <p>A file already migrated by a newer Quiver (one with migrations this version does not know) is
 * refused rather than used, since its tables may mean something else.
 */
final class SchemaMigrator {

    private SchemaMigrator() {}

    /**
     * Applies the pending migrations to {@code file}.
     *
     * @throws StoreException naming the file if the schema is newer than this code or a migration fails
     */
    static void migrate(DataSource source, Path file) {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(source)
                .locations("classpath:db/migration")
                .load();
        try {
            MigrationInfo current = flyway.info().current();
            if (current != null && isFuture(current.getState())) {
                throw new StoreException("the database " + file + " has schema version " + current.getVersion()
                        + ", newer than this Quiver knows; open it with a newer Quiver");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isFuture(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }
}
