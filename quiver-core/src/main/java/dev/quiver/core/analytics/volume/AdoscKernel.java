package dev.quiver.core.analytics.volume;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Ema;

/**
 * ADOSC (TA-Lib ADOSC): Chaikin oscillator, a fast minus a slow EMA of the AD line, both started at
 * the first AD value and stepped as {@code k * x + (1 - k) * prev}; lookback {@code max(fast, slow)
 * - 1}.
 *
 * @param fast {@code fastperiod}
 * @param slow {@code slowperiod}
 */
record AdoscKernel(int fast, int slow) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "adosc", Family.VOLUME, "Chaikin A/D oscillator (TA-Lib ADOSC)")
            .inputs("high", "low", "close", "volume")
            .param(ParamSpec.integer("fastperiod", 3, 2, 100000, "bars of the fast EMA"))
            .param(ParamSpec.integer("slowperiod", 10, 2, 100000, "bars of the slow EMA"))
            .kernel(p -> new AdoscKernel(p.intValue("fastperiod"), p.intValue("slowperiod")))
            .build();

    @Override
    public int lookback() {
        return Math.max(fast, slow) - 1;
    }

    @Override
    public KernelState newState() {
        int lookback = lookback();
        return new KernelState(4, 1) {
            private final Ema fastEma = new Ema(fast, true);
            private final Ema slowEma = new Ema(slow, true);
            private double ad;
            private int count;

            @Override
            protected void step(double[] row, boolean commit) {
                double next = AccumulationDistribution.next(ad, row[0], row[1], row[2], row[3]);
                double f = fastEma.step(next, commit);
                double s = slowEma.step(next, commit);
                out[0] = count >= lookback ? f - s : Double.NaN;
                if (commit) {
                    ad = next;
                    count = Math.min(count + 1, lookback);
                }
            }
        };
    }
}
