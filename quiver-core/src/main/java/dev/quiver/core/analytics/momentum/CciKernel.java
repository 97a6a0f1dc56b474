package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.RingBuffer;

/**
 * CCI (TA-Lib CCI): Lambert's commodity channel index, {@code (tp - mean(tp)) / (0.015 * mean
 * deviation)} of the typical price {@code tp = (high + low + close) / 3} over {@code timeperiod}
 * bars; 0 when either part is 0. The mean deviation needs the whole window: O(timeperiod) per bar.
 * Lookback {@code timeperiod - 1}.
 *
 * @param n {@code timeperiod}
 */
record CciKernel(int n) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "cci", Family.MOMENTUM, "Commodity channel index (TA-Lib CCI)")
            .inputs("high", "low", "close")
            .param(ParamSpec.timePeriod(14, 2))
            .kernel(p -> new CciKernel(p.intValue("timeperiod")))
            .build();

    @Override
    public int lookback() {
        return n - 1;
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 1) {
            private final RingBuffer window = new RingBuffer(n - 1);

            @Override
            protected void step(double[] row, boolean commit) {
                double tp = (row[0] + row[1] + row[2]) / 3;
                if (window.isFull()) {
                    double mean = tp;
                    for (int i = 0; i < n - 1; i++) {
                        mean += window.get(i);
                    }
                    mean /= n;
                    double deviation = Math.abs(tp - mean);
                    for (int i = 0; i < n - 1; i++) {
                        deviation += Math.abs(window.get(i) - mean);
                    }
                    double distance = tp - mean;
                    out[0] = distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / n)) : 0.0;
                } else {
                    out[0] = Double.NaN;
                }
                if (commit) {
                    window.push(tp);
                }
            }
        };
    }
}
