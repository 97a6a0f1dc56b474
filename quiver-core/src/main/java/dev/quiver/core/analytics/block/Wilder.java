package dev.quiver.core.analytics.block;

/**
 * Wilder's smoothing, as TA-Lib's RSI, ATR and ADX loops write it: {@code avg = (avg * (n - 1) +
 * x) / n}. Stateless and thread-safe.
 */
public final class Wilder {

    private Wilder() {}

    /** One smoothing step over an {@code n}-bar average. */
    public static double next(double prev, double x, int n) {
        return (prev * (n - 1) + x) / n;
    }
}
