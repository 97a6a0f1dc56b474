package dev.quiver.core.analytics.block;

/**
 * TA-Lib's numeric conventions, so that divisions by (almost) zero give the same results as TA-Lib.
 * Stateless and thread-safe.
 */
public final class TaMath {

    /** TA-Lib's {@code TA_IS_ZERO} bound: values strictly within it count as zero. */
    public static final double EPSILON = 0.00000001;

    private TaMath() {}

    /** TA-Lib's {@code TA_IS_ZERO}. */
    public static boolean isZero(double v) {
        return -EPSILON < v && v < EPSILON;
    }

    /** TA-Lib's {@code TA_IS_ZERO_OR_NEG}. */
    public static boolean isZeroOrNegative(double v) {
        return v < EPSILON;
    }

    /** {@code num / den}, or 0 where TA-Lib treats {@code den} as zero. */
    public static double ratioOrZero(double num, double den) {
        return isZero(den) ? 0.0 : num / den;
    }
}
