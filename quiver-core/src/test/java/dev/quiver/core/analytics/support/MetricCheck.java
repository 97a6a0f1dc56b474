package dev.quiver.core.analytics.support;

import static org.assertj.core.api.Assertions.fail;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.BoundAnalytic;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Checks a metric over SPY's daily returns against its plain definition ({@link
 * EmpyricalReference}) at every bar: expanding, the returns from the base bar (the first) to the
 * bar, so that the last value is the metric of the whole range; rolling, the last {@code window}
 * returns. Inputs: {@code returns} is SPY's close-to-close returns, empty at the first bar as the
 * engine gives {@code returns(close)}; {@code factor} the midpoint returns of {@link Bars}; {@code
 * time} the bar times. Agreement: {@code |ours - reference| <= 1e-9 max(1, |reference|)}, NaN and
 * infinities alike on both sides.
 */
public final class MetricCheck {

    /** The relative tolerance between the incremental kernels and the two-pass reference. */
    public static final double TOLERANCE = 1e-9;

    /**
     * The inputs of one bar's reference computation.
     *
     * @param returns the subject's returns in the window
     * @param factor the factor's returns at the same bars
     * @param startTime the start of the bar before the window's first return
     * @param endTime the start of the window's last bar
     * @param bars the bars the returns span as {@code annual_return} counts them
     */
    public record Slice(double[] returns, double[] factor, double startTime, double endTime, int bars) {}

    private MetricCheck() {}

    /** The input columns over SPY for these input names. */
    public static double[][] spyColumns(List<String> inputs) {
        Bars spy = TestData.spy();
        double[] returns =
                Catalogued.bind("returns", Arguments.none()).batchKernel().compute(new double[][] {spy.close()})[0];
        double[][] c = spy.columns(inputs);
        for (int k = 0; k < c.length; k++) {
            if (inputs.get(k).equals("returns")) {
                c[k] = returns;
            }
        }
        return c;
    }

    /** Output {@code output} of the expanding metric at every bar, and at the last, against the reference. */
    public static void assertExpanding(BoundAnalytic analytic, int output, ToDoubleFunction<Slice> reference) {
        double[][] in = spyColumns(analytic.inputs());
        double[] ours = analytic.batchKernel().compute(in)[output];
        int n = ours.length;
        if (!Double.isNaN(ours[0])) {
            fail("%s: a value at the base bar, where returns(close) has none", analytic);
        }
        for (int t = Math.max(1, analytic.lookback()); t < n; t++) {
            check(analytic, "expanding", t, ours[t], reference.applyAsDouble(slice(in, analytic, 1, t, t + 1)));
        }
        check(analytic, "whole range", n - 1, ours[n - 1], reference.applyAsDouble(slice(in, analytic, 1, n - 1, n)));
    }

    /** Output {@code output} of the metric with {@code window} at every bar against the reference. */
    public static void assertRolling(
            BoundAnalytic analytic, int window, int output, ToDoubleFunction<Slice> reference) {
        double[][] in = spyColumns(analytic.inputs());
        double[] ours = analytic.batchKernel().compute(in)[output];
        for (int t = 0; t < window; t++) {
            if (!Double.isNaN(ours[t])) {
                fail("%s: a value at bar %d, before its window of %d is full", analytic, t, window);
            }
        }
        for (int t = window; t < ours.length; t++) {
            check(
                    analytic,
                    "rolling",
                    t,
                    ours[t],
                    reference.applyAsDouble(slice(in, analytic, t - window + 1, t, window)));
        }
    }

    private static Slice slice(double[][] in, BoundAnalytic analytic, int from, int to, int bars) {
        List<String> names = analytic.inputs();
        double[] returns = Arrays.copyOfRange(in[names.indexOf("returns")], from, to + 1);
        double[] factor = names.contains("factor")
                ? Arrays.copyOfRange(in[names.indexOf("factor")], from, to + 1)
                : new double[0];
        double[] time = TestData.spy().time();
        return new Slice(returns, factor, time[from - 1], time[to], bars);
    }

    private static void check(BoundAnalytic analytic, String how, int t, double ours, double expected) {
        boolean same = Double.isNaN(expected)
                ? Double.isNaN(ours)
                : ours == expected || Math.abs(ours - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
        if (!same) {
            fail("%s (%s) at bar %d: reference %s, ours %s", analytic, how, t, expected, ours);
        }
    }
}
