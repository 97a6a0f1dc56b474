package dev.quiver.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.quiver.core.engine.pull.ColumnCache;
import dev.quiver.core.engine.pull.ColumnKey;

/**
 * A {@link ColumnCache} bounded by the bytes of the columns it holds, least recently used out
 * first. Entries of replaced data are never read again (their key holds old revisions) and age out.
 * Thread-safe.
 */
public final class CaffeineColumnCache implements ColumnCache {

    private final Cache<ColumnKey, double[][]> columns;

    /** A cache holding at most {@code maxBytes} of column values. */
    public CaffeineColumnCache(long maxBytes) {
        this.columns = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((ColumnKey key, double[][] value) -> weight(value))
                .recordStats()
                .build();
    }

    @Override
    public double[][] get(ColumnKey key) {
        return columns.getIfPresent(key);
    }

    @Override
    public void put(ColumnKey key, double[][] value) {
        columns.put(key, value);
    }

    /** The number of entries now held (after pending maintenance). */
    public long size() {
        columns.cleanUp();
        return columns.estimatedSize();
    }

    /** How many lookups found their columns. */
    public long hits() {
        return columns.stats().hitCount();
    }

    private static int weight(double[][] value) {
        long bytes = 16;
        for (double[] column : value) {
            bytes += 16 + 8L * column.length;
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
