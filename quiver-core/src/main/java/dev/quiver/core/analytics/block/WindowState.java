package dev.quiver.core.analytics.block;

import java.util.Arrays;

/**
 * The state of a metric that is a {@link WindowMetric} over a {@link SlidingWindow}: each row after
 * the base bar gives quantities to the window, and the outputs are NaN until the window holds its
 * full size (at once when expanding). Not thread-safe; allocates only at construction.
 *
 * @param <A> the accumulator
 */
public final class WindowState<A extends Accumulator<A>> extends MetricState {

    private final SlidingWindow<A> window;
    private final WindowMetric<A> metric;
    private final double[] quantities;

    /** A state reading rows of {@code inputCount} inputs into {@code window}. */
    public WindowState(int inputCount, int outputCount, SlidingWindow<A> window, WindowMetric<A> metric) {
        super(inputCount, outputCount);
        this.window = window;
        this.metric = metric;
        this.quantities = new double[window.width()];
    }

    @Override
    protected void next(double[] row, boolean commit) {
        metric.quantities(row, quantities);
        if (window.next(quantities, commit)) {
            metric.outputs(window.current(), out);
        } else {
            Arrays.fill(out, Double.NaN);
        }
    }
}
