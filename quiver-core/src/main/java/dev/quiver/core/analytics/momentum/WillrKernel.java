package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.WindowExtreme;

/**
 * WILLR (TA-Lib WILLR): Williams' %R, {@code (highest high - close) / ((highest high - lowest low) /
 * -100)} over {@code timeperiod} bars including the current one, 0 when the range is 0; in [-100, 0].
 * Lookback {@code timeperiod - 1}.
 *
 * @param n {@code timeperiod}
 */
record WillrKernel(int n) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "willr", Family.MOMENTUM, "Williams' %R (TA-Lib WILLR)")
            .inputs("high", "low", "close")
            .param(ParamSpec.timePeriod(14, 2))
            .kernel(p -> new WillrKernel(p.intValue("timeperiod")))
            .build();

    @Override
    public int lookback() {
        return n - 1;
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 1) {
            private final WindowExtreme highest = new WindowExtreme(n, true);
            private final WindowExtreme lowest = new WindowExtreme(n, false);

            @Override
            protected void step(double[] row, boolean commit) {
                double hi = highest.step(row[0], commit);
                double lo = lowest.step(row[1], commit);
                double diff = (hi - lo) / (-100.0);
                out[0] = diff != 0.0 ? (hi - row[2]) / diff : Double.isNaN(diff) ? Double.NaN : 0.0;
            }
        };
    }
}
