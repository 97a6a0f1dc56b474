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

    @Override
    default KernelState newState() {
        return new WealthState(window(), this);
    }
}
