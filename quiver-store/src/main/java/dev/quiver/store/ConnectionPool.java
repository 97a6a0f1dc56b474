package dev.quiver.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * The connections of one store: a single writer used under a lock, and readers kept for reuse so
 * that any number of threads read at once (WAL lets them read while the writer writes).
 *
 * <p>Every piece of work runs in its own transaction: reads in a deferred one, so that their several
 * statements see one snapshot; writes in an immediate one, committed when the work returns and rolled
 * back when it throws. No transaction or lock is held between calls. Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {

    private final Path file;
    private final DataSource source;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ConnectionPool(Path file, DataSource source) throws SQLException {
        this.file = file;
        this.source = source;
        this.writer = source.getConnection();
    }

    /** Runs {@code work} in a read transaction on a reader connection. */
    <T> T read(SqlWork<T> work) throws SQLException {
        Connection reader = borrowReader();
        try {
            return inTransaction(reader, "BEGIN", work);
        } finally {
            giveBack(reader);
        }
    }

    /** Runs {@code work} in a write transaction on the writer connection, one writer at a time. */
    <T> T write(SqlWork<T> work) throws SQLException {
        writeLock.lock();
        try {
            checkOpen();
            return inTransaction(writer, "BEGIN IMMEDIATE", work);
        } finally {
            writeLock.unlock();
        }
    }

    private static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work) throws SQLException {
        execute(connection, begin);
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        execute(connection, "COMMIT");
        return result;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection borrowReader() throws SQLException {
        checkOpen();
        Connection reader = idleReaders.pollFirst();
        return reader != null ? reader : source.getConnection();
    }

    private void giveBack(Connection reader) throws SQLException {
        idleReaders.addFirst(reader);
        if (closed) {
            closeIdleReaders();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + file + " is closed");
        }
    }

    private void closeIdleReaders() throws SQLException {
        for (Connection reader = idleReaders.pollFirst(); reader != null; reader = idleReaders.pollFirst()) {
            reader.close();
        }
    }

    /** Closes every connection; work still running closes its reader when it ends. */
    @Override
    public void close() throws SQLException {
        writeLock.lock();
        try {
            closed = true;
            try {
                closeIdleReaders();
            } finally {
                writer.close();
            }
        } finally {
            writeLock.unlock();
        }
    }
}
