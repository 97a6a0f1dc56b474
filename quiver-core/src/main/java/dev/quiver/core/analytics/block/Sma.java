package dev.quiver.core.analytics.block;

/**
 * Simple moving average over {@code n} bars: {@link #mean} of the running sum of the previous {@code
 * n - 1} values and the current one, the running sum moved on with {@link #slide}. TA-Lib's SMA adds
 * the new value to its running total and subtracts the leaving one (two additions in the chain from
 * one bar to the next) and divides by {@code n}; this form adds the difference of the two (one
 * addition in the chain) and multiplies by {@code 1 / n}, and its loop takes about a third less
 * time. The results differ from TA-Lib's by a few units in the last place, as TA-Lib's own running
 * total drifts from the exact sum. Batch loops call {@link #mean} and {@link #slide} in the same
 * order as {@link #step}. Not thread-safe.
 */
public final class Sma extends Filter {

    private final int n;
    private final double reciprocal;
    private final RingBuffer window;
    private double partial;

    /** An SMA over {@code n >= 1} bars. */
    public Sma(int n) {
        this.n = n;
        this.reciprocal = 1.0 / n;
        this.window = new RingBuffer(Math.max(1, n - 1));
    }

    /** The mean of the window: {@code (partial + x) * reciprocal}, {@code reciprocal = 1.0 / n}. */
    public static double mean(double partial, double x, double reciprocal) {
        return (partial + x) * reciprocal;
    }

    /** The running sum of the previous {@code n - 1} values for the next bar. */
    public static double slide(double partial, double entering, double leaving) {
        return partial + (entering - leaving);
    }

    @Override
    public double step(double x, boolean commit) {
        if (n == 1) {
            return x;
        }
        if (!window.isFull()) {
            if (commit) {
                partial += x;
                window.push(x);
            }
            return Double.NaN;
        }
        double mean = mean(partial, x, reciprocal);
        if (commit) {
            partial = slide(partial, x, window.oldest());
            window.push(x);
        }
        return mean;
    }

    @Override
    public int lookback() {
        return n - 1;
    }
}
