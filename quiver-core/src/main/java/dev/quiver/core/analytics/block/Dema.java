package dev.quiver.core.analytics.block;

/**
 * Mulloy's double exponential moving average, as TA-Lib's DEMA: {@code (2 * e1) - e2} with {@code
 * e1} an EMA of the input and {@code e2} an EMA of {@code e1}; lookback {@code 2 * (n - 1)}.
 */
public final class Dema extends Filter {

    private final Chain emas;

    /** A DEMA over {@code n >= 1} bars. */
    public Dema(int n) {
        this.emas = new Chain(new Ema(n, false), new Ema(n, false));
    }

    @Override
    public double step(double x, boolean commit) {
        double e2 = emas.step(x, commit);
        return (2.0 * emas.value(0)) - e2;
    }

    @Override
    public int lookback() {
        return emas.lookback();
    }
}
