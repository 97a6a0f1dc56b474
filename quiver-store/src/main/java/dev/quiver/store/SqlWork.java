package dev.quiver.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection inside one transaction, lent by {@link ConnectionPool}. */
@FunctionalInterface
interface SqlWork<T> {

    /** Runs on {@code connection}; the pool begins and ends the transaction around it. */
    T run(Connection connection) throws SQLException;
}
