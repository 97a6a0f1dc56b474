package dev.quiver.core.analytics.block;

/**
 * The sum of the last {@code n} values including the current one, accumulated as TA-Lib's SUM, SMA
 * and VAR loops do: a running total of the previous {@code n - 1} values, plus the new value, then
 * minus the value leaving the window. Batch loops use {@link #add} and {@link #drop} with the same
 * order of operations. Not thread-safe.
 */
public final class WindowSum extends Filter {

    private final int n;
    private final RingBuffer window;
    private double partial;

    /** A sum over {@code n >= 1} values. */
    public WindowSum(int n) {
        this.n = n;
        this.window = new RingBuffer(Math.max(1, n - 1));
    }

    /** The total after adding the entering value: TA-Lib's {@code periodTotal += x}. */
    public static double add(double partial, double x) {
        return partial + x;
    }

    /** The running total for the next bar: TA-Lib's {@code periodTotal -= trailing}. */
    public static double drop(double total, double leaving) {
        return total - leaving;
    }

    @Override
    public double step(double x, boolean commit) {
        if (n == 1) {
            return x;
        }
        double total = add(partial, x);
        if (window.isFull()) {
            if (commit) {
                partial = drop(total, window.oldest());
                window.push(x);
            }
            return total;
        }
        if (commit) {
            partial = total;
            window.push(x);
        }
        return Double.NaN;
    }

    @Override
    public int lookback() {
        return n - 1;
    }
}
