package dev.quiver.core.analytics.block;

/**
 * Exponential moving average: seeded at bar {@code n - 1} with the simple mean of the first {@code
 * n} inputs (TA-Lib, canonical) or with the first input (pandas {@code adjust=False}, values withheld
 * until bar {@code n - 1} all the same), then {@code ema += (x - ema) * k} with {@code k = 2 / (n +
 * 1)}. Not thread-safe.
 */
public final class Ema implements Filter {

    private final int n;
    private final double k;
    private final boolean seedFirst;
    private final boolean weighted;
    private int count;
    private double sum;
    private double value;

    /**
     * An EMA over {@code n >= 1} bars.
     *
     * @param seedFirst start from the first input instead of the mean of the first {@code n}
     */
    public Ema(int n, boolean seedFirst) {
        this(n, seedFirst, false);
    }

    /**
     * An EMA over {@code n >= 1} bars.
     *
     * @param seedFirst start from the first input instead of the mean of the first {@code n}
     * @param weighted step with {@link #nextWeighted} (TA-Lib's T3 and ADOSC) instead of {@link
     *     #next}
     */
    public Ema(int n, boolean seedFirst, boolean weighted) {
        this.n = n;
        this.k = k(n);
        this.seedFirst = seedFirst;
        this.weighted = weighted;
    }

    /** The smoothing factor of an {@code n}-bar EMA, TA-Lib's {@code PER_TO_K}: {@code 2 / (n + 1)}. */
    public static double k(int n) {
        return 2.0 / (n + 1);
    }

    /** One EMA step in TA-Lib's order of operations: {@code ((x - prev) * k) + prev}. */
    public static double next(double prev, double x, double k) {
        return ((x - prev) * k) + prev;
    }

    /**
     * One EMA step in the weighted form of TA-Lib's T3 and ADOSC: {@code (k * x) + ((1 - k) *
     * prev)}.
     */
    public static double nextWeighted(double prev, double x, double k) {
        return (k * x) + ((1.0 - k) * prev);
    }

    private double advance(double prev, double x) {
        return weighted ? nextWeighted(prev, x, k) : next(prev, x, k);
    }

    @Override
    public double step(double x, boolean commit) {
        int index = count;
        double v;
        if (seedFirst) {
            v = index == 0 ? x : advance(value, x);
        } else if (index < n - 1) {
            if (commit) {
                sum += x;
                count++;
            }
            return Double.NaN;
        } else {
            v = index == n - 1 ? (sum + x) / n : advance(value, x);
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
