package dev.quiver.core.analytics.block;

/**
 * The state of a {@link WealthMetric} over the returns after the base bar, compounded in a {@link
 * WealthWindow}; NaN until the window holds its full size. Not thread-safe.
 */
public final class WealthState extends MetricState {

    private final WealthWindow window;
    private final WealthMetric metric;

    /** A state over a window of {@code size} returns, or expanding when {@code size} is 0. */
    public WealthState(int size, WealthMetric metric) {
        super(1, 1);
        this.window = new WealthWindow(size);
        this.metric = metric;
    }

    @Override
    protected void atBase() {
        out[0] = metric.atBase();
    }

    @Override
    protected void next(double[] row, boolean commit) {
        out[0] = window.next(row[0], commit) ? metric.value(window.current()) : Double.NaN;
    }
}
