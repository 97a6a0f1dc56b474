package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.KernelState;

/**
 * A metric of the wealth path of the returns in a window, such as the maximum drawdown: a {@link
 * MetricKernel} whose state is a {@link WealthState}, which asks it for {@link #value} and {@link
 * #atBase}. Implementations are immutable and thread-safe.
 */
public interface WealthMetric extends MetricKernel {

    /** The metric of the path of a window that holds its full size. */
    double value(WealthPath path);

    /** The value at the base bar, before any return: NaN unless the metric has a starting level. */
    default double atBase() {
        return Double.NaN;
    }

    /**
     * 0 for a metric with a value at the base bar (its {@link #atBase} is a number), else 1: the
     * first value is where the state first gives one.
     */
    @Override
    default int minReturns() {
        return Double.isNaN(atBase()) ? 1 : 0;
    }

    @Override
    default KernelState newState() {
        return new WealthState(window(), this);
    }
}
