package dev.quiver.core.analytics.block;

/**
 * Triangular moving average, TA-Lib's TRIMA: an SMA of an SMA, over {@code (n + 1) / 2} bars twice
 * for odd {@code n}, over {@code n / 2} then {@code n / 2 + 1} bars for even {@code n}; lookback
 * {@code n - 1}.
 */
public final class Trima extends Filter {

    private final Chain smas;

    /** A TRIMA over {@code n >= 2} bars. */
    public Trima(int n) {
        int first = n % 2 == 1 ? (n + 1) / 2 : n / 2;
        int second = n % 2 == 1 ? (n + 1) / 2 : n / 2 + 1;
        this.smas = new Chain(new Sma(first), new Sma(second));
    }

    @Override
    public double step(double x, boolean commit) {
        return smas.step(x, commit);
    }

    @Override
    public int lookback() {
        return smas.lookback();
    }
}
