package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.KernelState;

/** The incremental state of a one-input, one-output analytic that is a single {@link Filter}. */
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
