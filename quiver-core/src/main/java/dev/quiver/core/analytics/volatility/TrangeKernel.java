package dev.quiver.core.analytics.volatility;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.block.TrueRange;

/** TRANGE (TA-Lib TRANGE): Wilder's true range; undefined at bar 0, lookback 1. */
final class TrangeKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "trange", Family.VOLATILITY, "True range (TA-Lib TRANGE)")
            .inputs("high", "low", "close")
            .kernel(p -> new TrangeKernel())
            .build();

    @Override
    public int lookback() {
        return 1;
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 1) {
            private boolean started;
            private double prevClose;

            @Override
            protected void step(double[] row, boolean commit) {
                out[0] = started ? TrueRange.of(row[0], row[1], prevClose) : Double.NaN;
                if (commit) {
                    prevClose = row[2];
                    started = true;
                }
            }
        };
    }
}
