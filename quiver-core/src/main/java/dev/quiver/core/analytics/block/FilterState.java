package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.KernelState;

/**
 * The incremental state of a one-input, one-output analytic that is a single {@link Filter}. Its one
 * call site serves every kind of filter, so the call dispatches through the method table; the most
 * used analytics (SMA, EMA, RSI) declare a state class of their own instead, whose call is always
 * to one filter class and inlines (about 3 ns a bar less in a live commit).
 */
public final class FilterState extends KernelState {

    private final Filter filter;

    /** Wraps a fresh filter. */
    public FilterState(Filter filter) {
        super(1, 1);
        this.filter = filter;
    }

    @Override
    protected void step(double[] row, boolean commit) {
        out[0] = filter.step(row[0], commit);
    }
}
