package dev.quiver.core.analytics.block;

/**
 * Linearly weighted moving average over {@code n} bars (weights {@code 1..n}, newest heaviest),
 * updated in O(1) as TA-Lib's WMA loop does: a running weighted sum and a running plain sum. Not
 * thread-safe.
 */
public final class Wma extends Filter {

    private final int n;
    private final double divider;
    private final RingBuffer window;
    private int count;
    private double periodSub;
    private double periodSum;
    private double trailing;

    /** A WMA over {@code n >= 1} bars. */
    public Wma(int n) {
        this.n = n;
        this.divider = (n * (n + 1)) >> 1;
        this.window = new RingBuffer(n);
    }

    @Override
    public double step(double x, boolean commit) {
        if (count < n - 1) {
            if (commit) {
                count++;
                periodSub += x;
                periodSum += x * count;
                window.push(x);
            }
            return Double.NaN;
        }
        double sub = periodSub + x;
        sub -= trailing;
        double sum = periodSum + x * n;
        double out = sum / divider;
        if (commit) {
            window.push(x);
            trailing = window.oldest();
            periodSum = sum - sub;
            periodSub = sub;
        }
        return out;
    }

    @Override
    public int lookback() {
        return n - 1;
    }
}
