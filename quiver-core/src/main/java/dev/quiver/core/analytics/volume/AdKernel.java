package dev.quiver.core.analytics.volume;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;

/** AD (TA-Lib AD): the cumulative accumulation/distribution line from 0; lookback 0. */
final class AdKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "ad", Family.VOLUME, "Chaikin accumulation/distribution line (TA-Lib AD)")
            .inputs("high", "low", "close", "volume")
            .kernel(p -> new AdKernel())
            .build();

    @Override
    public int lookback() {
        return 0;
    }

    @Override
    public KernelState newState() {
        return new KernelState(4, 1) {
            private double ad;

            @Override
            protected void step(double[] row, boolean commit) {
                double next = AccumulationDistribution.next(ad, row[0], row[1], row[2], row[3]);
                out[0] = next;
                if (commit) {
                    ad = next;
                }
            }
        };
    }
}
