package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.WindowExtreme;

/**
 * MIDPOINT and MIDPRICE (TA-Lib): {@code (highest + lowest) / 2} over the last {@code timeperiod}
 * bars, of one series (midpoint of close) or of two (highest high, lowest low); lookback {@code
 * timeperiod - 1}.
 *
 * @param n {@code timeperiod}
 * @param inputs 1: one series for both extremes; 2: high then low
 */
record MidKernel(int n, int inputs) implements AnalyticKernel {

    static final AnalyticDefinition MIDPOINT = AnalyticDefinition.builder(
                    "midpoint",
                    Family.OVERLAP,
                    "Midpoint of the highest and lowest value over a window (TA-Lib MIDPOINT)")
            .inputs("close")
            .param(ParamSpec.timePeriod(14, 2))
            .kernel(p -> new MidKernel(p.intValue("timeperiod"), 1))
            .build();

    static final AnalyticDefinition MIDPRICE = AnalyticDefinition.builder(
                    "midprice",
                    Family.OVERLAP,
                    "Midpoint of the highest high and lowest low over a window (TA-Lib MIDPRICE)")
            .inputs("high", "low")
            .param(ParamSpec.timePeriod(14, 2))
            .kernel(p -> new MidKernel(p.intValue("timeperiod"), 2))
            .build();

    @Override
    public int lookback() {
        return n - 1;
    }

    @Override
    public KernelState newState() {
        return new KernelState(inputs, 1) {
            private final WindowExtreme highest = new WindowExtreme(n, true);
            private final WindowExtreme lowest = new WindowExtreme(n, false);

            @Override
            protected void step(double[] row, boolean commit) {
                double hi = highest.step(row[0], commit);
                double lo = lowest.step(row[inputs - 1], commit);
                out[0] = (hi + lo) / 2.0;
            }
        };
    }
}
