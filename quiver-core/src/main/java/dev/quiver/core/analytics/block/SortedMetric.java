package dev.quiver.core.analytics.block;

/**
 * A metric of the order statistics of the returns in a window, such as value at risk: what a {@link
 * SortedState} asks of it. Implementations are immutable and thread-safe.
 */
public interface SortedMetric {

    /** The metric of a window that holds its full size and at least one return. */
    double value(SortedWindow returns);
}
