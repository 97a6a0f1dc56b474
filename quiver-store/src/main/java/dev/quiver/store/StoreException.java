package dev.quiver.store;

/**
 * A failure of the database behind a {@link BarStore}: the file cannot be opened or migrated, or a
 * statement failed. The message says what was being done and names the file; the cause, when there
 * is one, is the underlying {@link java.sql.SQLException} or I/O error.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure found by the store itself, without an underlying exception. */
    public StoreException(String message) {
        super(message);
    }
}
