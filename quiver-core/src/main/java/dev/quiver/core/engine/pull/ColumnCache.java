package dev.quiver.core.engine.pull;

/**
 * Where the pull engine keeps computed node columns between requests. A column is stored under a
 * {@link ColumnKey} that holds the revisions of every asset it was computed from, so a change of data
 * makes it unreachable (and the cache evicts it in time). Implementations are thread-safe.
 */
public interface ColumnCache {

    /** The columns stored under {@code key}, or null. Callers must not write them. */
    double[][] get(ColumnKey key);

    /** Stores the columns of a node; they are not written afterwards. */
    void put(ColumnKey key, double[][] columns);

    /** A cache that keeps nothing. */
    static ColumnCache none() {
        return NoColumnCache.INSTANCE;
    }
}
