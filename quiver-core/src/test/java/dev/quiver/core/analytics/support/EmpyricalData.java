package dev.quiver.core.analytics.support;

import dev.quiver.core.analytics.Arguments;
import java.util.Arrays;

/**
 * The returns series of empyrical's test suite ({@code empyrical/tests/test_stats.py} of
 * quantopian/empyrical 0.5.x, kept unchanged in stefan-jansen/empyrical-reloaded's {@code
 * tests/conftest.py}), against which its published expected values were computed, and a short way
 * to run a metric over them.
 *
 * <p>empyrical counts every element of a series as a bar. A Quiver metric takes the first bar of its
 * range as the base bar, whose return is not used (it is empty for {@code returns(close)}). So a
 * series whose first element is NaN ({@code mixed_returns}) is given as it is, and a series whose
 * every element is a return is given after a base bar ({@link #afterBase}); a series starting with a
 * return of 0 may also be given as it is where only its compounding and bar count matter.
 */
public final class EmpyricalData {

    /** {@code mixed_returns}: positive and negative returns after a NaN, with a max drawdown. */
    public static final double[] MIXED = percent(Double.NaN, 1, 10, -4, 2, 3, 2, 1, -10);

    /** {@code positive_returns}: all positive, small variance. */
    public static final double[] POSITIVE = percent(1, 2, 1, 1, 1, 1, 1, 1, 1);

    /** {@code negative_returns}: a 0 then all negative. */
    public static final double[] NEGATIVE = percent(0, -6, -7, -1, -9, -2, -6, -8, -5);

    /** {@code all_negative_returns}. */
    public static final double[] ALL_NEGATIVE = percent(-2, -6, -7, -1, -9, -2, -6, -8, -5);

    /** {@code simple_benchmark}: no drawdown. */
    public static final double[] SIMPLE_BENCHMARK = percent(0, 1, 0, 1, 0, 1, 0, 1, 0);

    /** {@code weekly_returns} and {@code monthly_returns} (the same values at other frequencies). */
    public static final double[] WEEKLY = percent(0, 1, 10, -4, 2, 3, 2, 1, -10);

    /** {@code udu_returns}: up, down, up. */
    public static final double[] UDU = percent(10, -10, 10);

    /** {@code one_return}. */
    public static final double[] ONE_RETURN = percent(1);

    /** {@code one}, a column of {@code df_simple}, {@code df_week} and {@code df_month}. */
    public static final double[] ONE = {
        -0.00171614, 0.01322056, 0.03063862, -0.01422057, -0.00489779, 0.01268925, -0.03357711, 0.01797036
    };

    /** {@code two}, the other column of those frames. */
    public static final double[] TWO = {
        0.01846232, 0.00793951, -0.01448395, 0.00422537, -0.00339611, 0.03756813, 0.0151531, 0.03549769
    };

    private EmpyricalData() {}

    /** {@code flat_line_1} (9 values) or {@code flat_line_1_tz} (1,000): every return 1%. */
    public static double[] flatLine(int n) {
        double[] r = new double[n];
        Arrays.fill(r, 0.01);
        return r;
    }

    /** A constant series, such as a constant benchmark. */
    public static double[] constant(int n, double value) {
        double[] r = new double[n];
        Arrays.fill(r, value);
        return r;
    }

    /** {@code np.linspace(from, to, num=n)}, as {@code pos_line} is {@code linspace(0, 1, 1000)}. */
    public static double[] linspace(double from, double to, int n) {
        double[] x = new double[n];
        double step = (to - from) / (n - 1);
        for (int i = 0; i < n; i++) {
            x[i] = from + i * step;
        }
        x[n - 1] = to;
        return x;
    }

    /** The series after a base bar: a NaN first, so that every element is a return. */
    public static double[] afterBase(double[] returns) {
        double[] r = new double[returns.length + 1];
        r[0] = Double.NaN;
        System.arraycopy(returns, 0, r, 1, returns.length);
        return r;
    }

    /** The first output of the analytic over these input columns, one value per bar. */
    public static double[] series(String name, Arguments arguments, double[]... columns) {
        return output(name, arguments, 0, columns);
    }

    /** Output {@code k} of the analytic over these input columns. */
    public static double[] output(String name, Arguments arguments, int k, double[]... columns) {
        return Catalogued.bind(name, arguments).batchKernel().compute(columns)[k];
    }

    /** The value at the last bar: the metric of the whole series. */
    public static double last(String name, Arguments arguments, double[]... columns) {
        double[] s = series(name, arguments, columns);
        return s[s.length - 1];
    }

    private static double[] percent(double... values) {
        double[] r = new double[values.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = values[i] / 100;
        }
        return r;
    }
}
