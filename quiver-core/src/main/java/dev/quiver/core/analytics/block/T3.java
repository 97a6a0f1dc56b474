package dev.quiver.core.analytics.block;

/**
 * Tillson's T3, as TA-Lib computes it: six chained EMAs in the weighted form {@code k * x + (1 - k)
 * * prev}, each seeded with the mean of its first {@code n} inputs, combined as {@code c1 * e6 + c2 *
 * e5 + c3 * e4 + c4 * e3} with coefficients from the volume factor; lookback {@code 6 * (n - 1)}.
 */
public final class T3 extends Filter {

    private final Chain emas;
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;

    /** A T3 over {@code n >= 1} bars with volume factor {@code v} (TA-Lib's default 0.7). */
    public T3(int n, double v) {
        Filter[] stages = new Filter[6];
        for (int i = 0; i < 6; i++) {
            stages[i] = new Ema(n, false);
        }
        this.emas = new Chain(stages);
        double v2 = v * v;
        this.c1 = -(v2 * v);
        this.c2 = 3.0 * (v2 - c1);
        this.c3 = -6.0 * v2 - 3.0 * (v - c1);
        this.c4 = 1.0 + 3.0 * v - c1 + 3.0 * v2;
    }

    @Override
    public double step(double x, boolean commit) {
        double e6 = emas.step(x, commit);
        return c1 * e6 + c2 * emas.value(4) + c3 * emas.value(3) + c4 * emas.value(2);
    }

    @Override
    public int lookback() {
        return emas.lookback();
    }
}
