package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.KernelState;

/**
 * A metric of the order statistics of the returns in a window, such as value at risk: a {@link
 * MetricKernel} whose state is a {@link SortedState}, which asks it for {@link #value}.
 * Implementations are immutable and thread-safe.
 */
public interface SortedMetric extends MetricKernel {

    /** The metric of a window that holds its full size and at least one return. */
    double value(SortedWindow returns);

    @Override
    default KernelState newState() {
        return new SortedState(window(), this);
    }
}
