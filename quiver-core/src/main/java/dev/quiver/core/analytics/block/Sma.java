package dev.quiver.core.analytics.block;

/** Simple moving average over {@code n} bars: the {@link WindowSum} divided by {@code n}. */
public final class Sma implements Filter {

    private final int n;
    private final WindowSum sum;

    /** An SMA over {@code n >= 1} bars. */
    public Sma(int n) {
        this.n = n;
        this.sum = new WindowSum(n);
    }

    @Override
    public double step(double x, boolean commit) {
        return sum.step(x, commit) / n;
    }

    @Override
    public int lookback() {
        return n - 1;
    }
}
