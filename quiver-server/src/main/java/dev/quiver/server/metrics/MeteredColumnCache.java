package dev.quiver.server.metrics;

import dev.quiver.core.engine.pull.ColumnCache;
import dev.quiver.core.engine.pull.ColumnKey;

/** A column cache whose lookups are counted as hits and misses. Thread-safe as its delegate. */
public final class MeteredColumnCache implements ColumnCache {

    private final ColumnCache delegate;
    private final ServerMetrics metrics;

    /** Counts the lookups of {@code delegate} into {@code metrics}. */
    public MeteredColumnCache(ColumnCache delegate, ServerMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public double[][] get(ColumnKey key) {
        double[][] columns = delegate.get(key);
        metrics.cacheLookup(columns != null);
        return columns;
    }

    @Override
    public void put(ColumnKey key, double[][] columns) {
        delegate.put(key, columns);
    }
}
