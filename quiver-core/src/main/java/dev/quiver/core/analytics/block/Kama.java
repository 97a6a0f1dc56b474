package dev.quiver.core.analytics.block;

/**
 * Kaufman's adaptive moving average, as TA-Lib's KAMA: efficiency ratio {@code |x - x[n]| / sum of
 * |one-bar changes|} over {@code n} bars (1 when the sum is not above the change or is zero),
 * smoothing constant {@code (er * (2/3 - 2/31) + 2/31)^2}, first value at bar {@code n} starting
 * from {@code x[n-1]}; lookback {@code n}. Not thread-safe.
 */
public final class Kama extends Filter {

    private static final double CONST_MAX = 2.0 / (30.0 + 1.0);
    private static final double CONST_DIFF = 2.0 / (2.0 + 1.0) - CONST_MAX;

    private final int n;
    private final RingBuffer window;
    private double sumRoc;
    private double kama;

    /** A KAMA over {@code n >= 1} bars. */
    public Kama(int n) {
        this.n = n;
        this.window = new RingBuffer(n + 1);
    }

    @Override
    public double step(double x, boolean commit) {
        int size = window.size();
        double v = Double.NaN;
        double sum = sumRoc;
        if (size > 0) {
            if (size == n + 1) {
                sum -= Math.abs(window.get(0) - window.get(1));
            }
            sum += Math.abs(x - window.newest());
            if (size >= n) {
                double periodRoc = x - window.get(size - n);
                double er = sum <= periodRoc || TaMath.isZero(sum) ? 1.0 : Math.abs(periodRoc / sum);
                double sc = (er * CONST_DIFF) + CONST_MAX;
                sc *= sc;
                double prev = size == n ? window.newest() : kama;
                v = ((x - prev) * sc) + prev;
            }
        }
        if (commit) {
            sumRoc = sum;
            kama = v;
            window.push(x);
        }
        return v;
    }

    @Override
    public int lookback() {
        return n;
    }
}
