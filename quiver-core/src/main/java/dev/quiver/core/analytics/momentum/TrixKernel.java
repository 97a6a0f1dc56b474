package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Chain;
import dev.quiver.core.analytics.block.Ema;

/**
 * TRIX (TA-Lib TRIX): the one-bar rate of change, in percent, of a triple EMA; lookback {@code 3 *
 * (timeperiod - 1) + 1}.
 *
 * @param n {@code timeperiod}
 */
record TrixKernel(int n) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "trix", Family.MOMENTUM, "Rate of change of a triple EMA (TA-Lib TRIX)")
            .inputs("close")
            .param(ParamSpec.timePeriod(30, 1))
            .kernel(p -> new TrixKernel(p.intValue("timeperiod")))
            .build();

    @Override
    public int lookback() {
        return 3 * (n - 1) + 1;
    }

    @Override
    public KernelState newState() {
        return new KernelState(1, 1) {
            private final Chain emas = new Chain(new Ema(n, false), new Ema(n, false), new Ema(n, false));
            private double prev = Double.NaN;

            @Override
            protected void step(double[] row, boolean commit) {
                double e = emas.step(row[0], commit);
                out[0] = RateOfChange.ROC.of(e, prev);
                if (commit) {
                    prev = e;
                }
            }
        };
    }
}
