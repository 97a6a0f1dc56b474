package dev.quiver.core.analytics.block;

/**
 * Exponential moving average: seeded at bar {@code n - 1} with the simple mean of the first {@code
 * n} inputs (TA-Lib, canonical) or with the first input (pandas {@code adjust=False}, values withheld
 * until bar {@code n - 1} all the same), then stepped with {@link #next}, {@code k = 2 / (n + 1)}.
 * Not thread-safe.
 */
public final class Ema extends Filter {

    private final int n;
    private final double k;
    private final boolean seedFirst;
    private int count;
    private double sum;
    private double value;

    /**
     * An EMA over {@code n >= 1} bars.
     *
     * @param seedFirst start from the first input instead of the mean of the first {@code n}
     */
    public Ema(int n, boolean seedFirst) {
        this.n = n;
        this.k = k(n);
        this.seedFirst = seedFirst;
    }

    /** The smoothing factor of an {@code n}-bar EMA, TA-Lib's {@code PER_TO_K}: {@code 2 / (n + 1)}. */
    public static double k(int n) {
        return 2.0 / (n + 1);
    }

    /**
     * One EMA step in the weighted form of TA-Lib's T3 and ADOSC: {@code (k * x) + ((1 - k) * prev)}.
     * TA-Lib's EMA and MACD write {@code ((x - prev) * k) + prev}; the two differ by about one unit in
     * the last place, far within the 1e-9 agreement with TA-Lib, and this form leaves one
     * multiplication and one addition in the chain from one bar to the next instead of three
     * operations, and an EMA loop takes about a quarter less time.
     */
    public static double next(double prev, double x, double k) {
        return (k * x) + ((1.0 - k) * prev);
    }

    @Override
    public double step(double x, boolean commit) {
        int index = count;
        double v;
        if (seedFirst) {
            v = index == 0 ? x : next(value, x, k);
        } else if (index < n - 1) {
            if (commit) {
                sum += x;
                count++;
            }
            return Double.NaN;
        } else {
            v = index == n - 1 ? (sum + x) / n : next(value, x, k);
        }
        if (commit) {
            value = v;
            count = Math.min(index + 1, n);
        }
        return index >= n - 1 ? v : Double.NaN;
    }

    @Override
    public int lookback() {
        return n - 1;
    }
}
