package dev.quiver.core.analytics.block;

/**
 * Wilder's true range, as TA-Lib's TRANGE computes it: the greatest of {@code high - low}, {@code
 * |prevClose - high|} and {@code |prevClose - low|}. Stateless and thread-safe.
 */
public final class TrueRange {

    private TrueRange() {}

    /** The true range of a bar given the previous close. */
    public static double of(double high, double low, double prevClose) {
        double greatest = high - low;
        double v = Math.abs(prevClose - high);
        if (v > greatest) {
            greatest = v;
        }
        v = Math.abs(prevClose - low);
        if (v > greatest) {
            greatest = v;
        }
        return greatest;
    }
}
