package dev.quiver.core.analytics.block;

/**
 * Wilder's smoothing over {@code n} bars: {@code avg = avg * ((n - 1) / n) + x * (1 / n)}, both
 * weights computed once. TA-Lib's RSI and ATR loops write {@code (avg * (n - 1) + x) / n}; the two
 * differ by a few units in the last place, far within the 1e-9 agreement with TA-Lib, and this form
 * keeps the division out of the chain from one bar to the next (ATR's loop takes about a third of
 * the time it took with the division). Immutable and thread-safe.
 */
public final class Wilder {

    private final double keep;
    private final double take;

    /** Smoothing over {@code n >= 1} bars. */
    public Wilder(int n) {
        this.keep = (n - 1.0) / n;
        this.take = 1.0 / n;
    }

    /** One smoothing step: the average after {@code x}, given the average {@code prev} before it. */
    public double next(double prev, double x) {
        return prev * keep + x * take;
    }
}
