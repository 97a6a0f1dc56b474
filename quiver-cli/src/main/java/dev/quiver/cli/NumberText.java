package dev.quiver.cli;

import java.math.BigDecimal;

/**
 * Prints doubles so that they parse back to the same value: whole numbers without a fraction,
 * others in plain decimal notation, an absent value (NaN) as the empty string. Stateless.
 */
final class NumberText {

    private static final double LARGEST_EXACT_WHOLE = 1e15;

    private NumberText() {}

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
