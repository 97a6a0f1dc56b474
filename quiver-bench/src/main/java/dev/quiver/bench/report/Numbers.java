package dev.quiver.bench.report;

import java.util.Locale;

/** Number formatting for the table: about three significant digits, thousands grouped. */
final class Numbers {

    private Numbers() {}

    /** {@code 0.98}, {@code 12.4}, {@code 312}, {@code 4,210}. */
    static String format(double v) {
        double a = Math.abs(v);
        String pattern = a >= 1000 || a == Math.rint(a) ? "%,.0f" : a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, v);
    }

    /** A ratio: three decimals below 10 ({@code 1.045}), so that one near a bound reads unambiguously. */
    static String ratio(double v) {
        return Math.abs(v) < 10 ? String.format(Locale.ROOT, "%.3f", v) : format(v);
    }
}
