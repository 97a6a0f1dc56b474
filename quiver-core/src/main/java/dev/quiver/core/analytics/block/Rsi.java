package dev.quiver.core.analytics.block;

/**
 * Wilder's relative strength index over {@code n} changes, as TA-Lib computes it: {@code 100 * gain
 * / (gain + loss)} of the {@link GainLoss} averages, or 0 when their sum is (almost) zero. First
 * value at bar {@code n}. Not thread-safe.
 */
public final class Rsi extends Filter {

    private final int n;
    private final GainLoss averages;

    /** An RSI over {@code n >= 1} changes; {@code seedZero} selects {@link GainLoss}'s alternative seed. */
    public Rsi(int n, boolean seedZero) {
        this.n = n;
        this.averages = new GainLoss(n, seedZero);
    }

    /** The RSI of average gain and loss. */
    public static double of(double gain, double loss) {
        double sum = gain + loss;
        return TaMath.isZero(sum) ? 0.0 : 100.0 * (gain / sum);
    }

    @Override
    public double step(double x, boolean commit) {
        return averages.step(x, commit) ? of(averages.gain(), averages.loss()) : Double.NaN;
    }

    @Override
    public int lookback() {
        return n;
    }
}
