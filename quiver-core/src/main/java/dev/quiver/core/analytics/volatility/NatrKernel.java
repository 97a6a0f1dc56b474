package dev.quiver.core.analytics.volatility;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Atr;
import dev.quiver.core.analytics.block.TaMath;

/**
 * NATR (TA-Lib NATR): {@code 100 * ATR / close}, 0 where the close is (almost) zero; same seed
 * conventions and lookback as {@code atr}. For {@code timeperiod} 1 TA-Lib returns the plain true
 * range; Quiver normalises it like every other period.
 *
 * @param n {@code timeperiod}
 * @param stockCharts whether {@code seed=stockcharts}
 */
record NatrKernel(int n, boolean stockCharts) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "natr", Family.VOLATILITY, "Normalised average true range, percent of close (TA-Lib NATR)")
            .inputs("high", "low", "close")
            .param(ParamSpec.timePeriod(14, 1))
            .param(AtrKernel.SEED)
            .kernel(p ->
                    new NatrKernel(p.intValue("timeperiod"), p.choice("seed").equals("stockcharts")))
            .build();

    @Override
    public int lookback() {
        return Atr.lookback(n, stockCharts);
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 1) {
            private final Atr atr = new Atr(n, stockCharts);

            @Override
            protected void step(double[] row, boolean commit) {
                double a = atr.step(row[0], row[1], row[2], commit);
                out[0] = TaMath.isZero(row[2]) ? 0.0 : (a / row[2]) * 100.0;
            }
        };
    }
}
