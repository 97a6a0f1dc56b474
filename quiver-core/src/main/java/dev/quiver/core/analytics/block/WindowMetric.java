package dev.quiver.core.analytics.block;

/**
 * A metric computed from an {@link Accumulator} over a window of rows, such as the Sharpe ratio from
 * the mean and deviation of excess returns: what a {@link WindowState} asks of it. Implementations
 * are immutable and thread-safe.
 *
 * @param <A> the accumulator
 */
public interface WindowMetric<A extends Accumulator<A>> {

    /** Writes the quantities the accumulator takes from a row of inputs (no NaN in it). */
    void quantities(double[] row, double[] quantities);

    /** Writes the outputs for the statistics of a window that holds its full size. */
    void outputs(A stats, double[] out);
}
