package dev.quiver.core.analytics.block;

/**
 * Mulloy's triple exponential moving average, as TA-Lib's TEMA: {@code e3 + ((3 * e1) - (3 * e2))}
 * over three chained EMAs; lookback {@code 3 * (n - 1)}.
 */
public final class Tema extends Filter {

    private final Chain emas;

    /** A TEMA over {@code n >= 1} bars. */
    public Tema(int n) {
        this.emas = new Chain(new Ema(n, false), new Ema(n, false), new Ema(n, false));
    }

    @Override
    public double step(double x, boolean commit) {
        double e3 = emas.step(x, commit);
        return e3 + ((3.0 * emas.value(0)) - (3.0 * emas.value(1)));
    }

    @Override
    public int lookback() {
        return emas.lookback();
    }
}
