package dev.quiver.core.analytics.block;

/**
 * The state of a {@link SortedMetric} over the returns after the base bar, in an expanding or
 * rolling {@link SortedWindow}; NaN until the window holds its full size. Not thread-safe.
 */
public final class SortedState extends MetricState {

    private final SortedWindow window;
    private final SortedMetric metric;

    /** A state over a window of {@code size} returns, or expanding when {@code size} is 0. */
    public SortedState(int size, SortedMetric metric) {
        super(1, 1);
        this.window = new SortedWindow(size);
        this.metric = metric;
    }

    @Override
    protected void next(double[] row, boolean commit) {
        out[0] = window.add(row[0]) ? metric.value(window) : Double.NaN;
        window.settle(commit);
    }
}
