package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.GainLoss;
import dev.quiver.core.analytics.block.TaMath;

/**
 * CMO (TA-Lib CMO): Chande momentum oscillator, {@code 100 * (gain - loss) / (gain + loss)} of the
 * same Wilder averages as RSI (0 when their sum is almost 0); lookback {@code timeperiod}.
 *
 * @param n {@code timeperiod}
 */
record CmoKernel(int n) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "cmo", Family.MOMENTUM, "Chande momentum oscillator (TA-Lib CMO)")
            .inputs("close")
            .param(ParamSpec.timePeriod(14, 2))
            .kernel(p -> new CmoKernel(p.intValue("timeperiod")))
            .build();

    @Override
    public int lookback() {
        return n;
    }

    @Override
    public KernelState newState() {
        return new KernelState(1, 1) {
            private final GainLoss averages = new GainLoss(n, false);

            @Override
            protected void step(double[] row, boolean commit) {
                if (averages.step(row[0], commit)) {
                    double g = averages.gain();
                    double l = averages.loss();
                    out[0] = TaMath.isZero(g + l) ? 0.0 : 100.0 * ((g - l) / (g + l));
                } else {
                    out[0] = Double.NaN;
                }
            }
        };
    }
}
