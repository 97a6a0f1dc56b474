package dev.quiver.core.analytics.block;

/**
 * A metric of the wealth path of the returns in a window, such as the maximum drawdown: what a {@link
 * WealthState} asks of it. Implementations are immutable and thread-safe.
 */
public interface WealthMetric {

    /** The metric of the path of a window that holds its full size. */
    double value(WealthPath path);

    /** The value at the base bar, before any return: NaN unless the metric has a starting level. */
    default double atBase() {
        return Double.NaN;
    }
}
