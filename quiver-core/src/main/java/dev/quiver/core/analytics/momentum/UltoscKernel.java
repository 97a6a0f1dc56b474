package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.TaMath;
import dev.quiver.core.analytics.block.WindowSum;
import java.util.Arrays;

/**
 * ULTOSC (TA-Lib ULTOSC): Williams' ultimate oscillator, {@code 100 * (4 A1 + 2 A2 + A3) / 7} where
 * {@code Ai} is the sum of buying pressure ({@code close - min(low, prev close)}) over the sum of
 * true range for the shortest, middle and longest period (a term is left out when its range sum is
 * almost 0). Periods are sorted as in TA-Lib. Lookback the longest period.
 */
final class UltoscKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "ultosc", Family.MOMENTUM, "Ultimate oscillator (TA-Lib ULTOSC)")
            .inputs("high", "low", "close")
            .param(ParamSpec.integer("timeperiod1", 7, 1, 100000, "bars of the first average"))
            .param(ParamSpec.integer("timeperiod2", 14, 1, 100000, "bars of the second average"))
            .param(ParamSpec.integer("timeperiod3", 28, 1, 100000, "bars of the third average"))
            .kernel(p ->
                    new UltoscKernel(p.intValue("timeperiod1"), p.intValue("timeperiod2"), p.intValue("timeperiod3")))
            .build();

    private static final double[] WEIGHTS = {4.0, 2.0, 1.0};

    private final int[] periods;

    UltoscKernel(int p1, int p2, int p3) {
        this.periods = new int[] {p1, p2, p3};
        Arrays.sort(periods);
    }

    @Override
    public int lookback() {
        return periods[2];
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 1) {
            private final WindowSum[] pressure = new WindowSum[3];
            private final WindowSum[] range = new WindowSum[3];
            private boolean started;
            private double prevClose;

            {
                for (int i = 0; i < 3; i++) {
                    pressure[i] = new WindowSum(periods[i]);
                    range[i] = new WindowSum(periods[i]);
                }
            }

            @Override
            protected void step(double[] row, boolean commit) {
                if (!started) {
                    out[0] = Double.NaN;
                    if (commit) {
                        prevClose = row[2];
                        started = true;
                    }
                    return;
                }
                double trueLow = Math.min(row[1], prevClose);
                double trueHigh = Math.max(row[0], prevClose);
                double bp = row[2] - trueLow;
                double tr = trueHigh - trueLow;
                double total = 0.0;
                for (int i = 0; i < 3; i++) {
                    double a = pressure[i].step(bp, commit);
                    double b = range[i].step(tr, commit);
                    if (!TaMath.isZero(b)) {
                        total += WEIGHTS[i] * (a / b);
                    }
                }
                out[0] = Double.isNaN(total) ? Double.NaN : 100.0 * (total / 7.0);
                if (commit) {
                    prevClose = row[2];
                }
            }
        };
    }
}
