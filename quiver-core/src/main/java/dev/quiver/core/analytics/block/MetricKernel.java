package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.AnalyticKernel;

/**
 * The kernel of a return or risk metric over the returns after the base bar, in an expanding or
 * rolling window (see {@link MetricState}). Its first value is at bar {@code window} when rolling, and
 * at bar {@link #minReturns} when expanding. Implementations are immutable and thread-safe.
 */
public interface MetricKernel extends AnalyticKernel {

    /** Returns in a rolling window, or 0 for expanding. */
    int window();

    /**
     * The returns the expanding form needs for its first value: 1 by default, 2 for a sample
     * deviation, 0 for a metric with a value at the base bar.
     */
    default int minReturns() {
        return 1;
    }

    @Override
    default int lookback() {
        return window() == 0 ? minReturns() : window();
    }
}
