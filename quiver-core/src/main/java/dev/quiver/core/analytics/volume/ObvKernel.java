package dev.quiver.core.analytics.volume;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;

/**
 * OBV (TA-Lib OBV): starts at the first bar's volume, then adds the volume of an up bar and
 * subtracts that of a down bar; lookback 0.
 */
final class ObvKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "obv", Family.VOLUME, "On-balance volume (TA-Lib OBV)")
            .inputs("close", "volume")
            .kernel(p -> new ObvKernel())
            .build();

    @Override
    public int lookback() {
        return 0;
    }

    @Override
    public KernelState newState() {
        return new KernelState(2, 1) {
            private boolean started;
            private double prevClose;
            private double obv;

            @Override
            protected void step(double[] row, boolean commit) {
                double close = row[0];
                double v = row[1];
                double next;
                if (!started) {
                    next = v;
                } else if (close > prevClose) {
                    next = obv + v;
                } else if (close < prevClose) {
                    next = obv - v;
                } else {
                    next = obv;
                }
                out[0] = next;
                if (commit) {
                    started = true;
                    prevClose = close;
                    obv = next;
                }
            }
        };
    }
}
