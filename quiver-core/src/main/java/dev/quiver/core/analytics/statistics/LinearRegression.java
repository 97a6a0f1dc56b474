package dev.quiver.core.analytics.statistics;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.RingBuffer;
import java.util.Locale;

/**
 * The least-squares line through the last {@code timeperiod} values against bar position, as TA-Lib
 * computes it (refitted over the window at each bar, O(timeperiod)): LINEARREG (the line's value at
 * the current bar), LINEARREG_SLOPE, LINEARREG_INTERCEPT (its value at the window's first bar),
 * LINEARREG_ANGLE (the slope's angle in degrees) and TSF (the line one bar ahead). Lookback {@code
 * timeperiod - 1}.
 */
enum LinearRegression {
    /** The fitted value at the current bar: {@code b + m * (n - 1)}. */
    LINEARREG("Linear regression value at the current bar"),
    /** The slope {@code m}, per bar. */
    LINEARREG_SLOPE("Linear regression slope, per bar"),
    /** The intercept {@code b}, at the window's first bar. */
    LINEARREG_INTERCEPT("Linear regression intercept at the window's first bar"),
    /** {@code atan(m)} in degrees. */
    LINEARREG_ANGLE("Linear regression angle, degrees"),
    /** Time series forecast, {@code b + m * n}. */
    TSF("Time series forecast, the regression line one bar ahead");

    private final AnalyticDefinition definition;

    LinearRegression(String description) {
        this.definition = AnalyticDefinition.builder(
                        name().toLowerCase(Locale.ROOT), Family.STATISTICS, description + " (TA-Lib " + name() + ")")
                .inputs("close")
                .param(ParamSpec.timePeriod(14, 2))
                .kernel(p -> new Kernel(this, p.intValue("timeperiod")))
                .build();
    }

    /** The catalogue entry. */
    AnalyticDefinition definition() {
        return definition;
    }

    private double of(double m, double b, int n) {
        return switch (this) {
            case LINEARREG -> b + m * (double) (n - 1);
            case LINEARREG_SLOPE -> m;
            case LINEARREG_INTERCEPT -> b;
            case LINEARREG_ANGLE -> Math.atan(m) * (180.0 / 3.14159265358979323846);
            case TSF -> b + m * (double) n;
        };
    }

    private static final class Kernel implements AnalyticKernel {
        private final LinearRegression form;
        private final int n;

        Kernel(LinearRegression form, int n) {
            this.form = form;
            this.n = n;
        }

        @Override
        public int lookback() {
            return n - 1;
        }

        @Override
        public KernelState newState() {
            double sumX = n * (n - 1) * 0.5;
            double sumXSqr = n * (n - 1) * (2 * n - 1) / 6;
            double divisor = sumX * sumX - n * sumXSqr;
            return new KernelState(1, 1) {
                private final RingBuffer window = new RingBuffer(n - 1);

                @Override
                protected void step(double[] row, boolean commit) {
                    if (window.isFull()) {
                        double sumXY = 0;
                        double sumY = 0;
                        for (int i = n - 1; i >= 0; i--) {
                            double y = i == 0 ? row[0] : window.get(n - 1 - i);
                            sumY += y;
                            sumXY += (double) i * y;
                        }
                        double m = (n * sumXY - sumX * sumY) / divisor;
                        double b = (sumY - m * sumX) / (double) n;
                        out[0] = form.of(m, b, n);
                    } else {
                        out[0] = Double.NaN;
                    }
                    if (commit) {
                        window.push(row[0]);
                    }
                }
            };
        }
    }
}
