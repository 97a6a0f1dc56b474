package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.KernelState;
import java.util.function.Supplier;

/**
 * The kernel of a one-input, one-output analytic that is a single {@link Filter}, such as a rolling
 * sum or a moving average: its lookback is the filter's, its state a {@link FilterState} over a
 * fresh filter. Subclasses give the filter and their definition. Immutable and thread-safe.
 */
public abstract class FilterKernel implements AnalyticKernel {

    private final Supplier<? extends Filter> filters;
    private final int lookback;

    /** A kernel whose states run the filters {@code filters} makes, all alike. */
    protected FilterKernel(Supplier<? extends Filter> filters) {
        this.filters = filters;
        this.lookback = filters.get().lookback();
    }

    @Override
    public final int lookback() {
        return lookback;
    }

    @Override
    public final KernelState newState() {
        return new FilterState(filters.get());
    }
}
