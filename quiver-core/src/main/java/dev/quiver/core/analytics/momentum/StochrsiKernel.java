package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.MaType;
import dev.quiver.core.analytics.block.Rsi;

/**
 * STOCHRSI (TA-Lib STOCHRSI): the fast stochastic of RSI values, {@code fastk} = %K of the last
 * {@code fastk_period} RSI values, {@code fastd} its {@code fastd_matype} average. Lookback RSI's
 * plus STOCHF's.
 *
 * @param n {@code timeperiod} of the RSI
 * @param p the periods and average types of the stochastic
 */
record StochrsiKernel(int n, StochParams p) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "stochrsi", Family.MOMENTUM, "Stochastic RSI (TA-Lib STOCHRSI)")
            .inputs("close")
            .param(ParamSpec.timePeriod(14, 2))
            .param(ParamSpec.integer("fastk_period", 5, 1, 100000, "RSI values in the %K window"))
            .param(ParamSpec.integer("fastd_period", 3, 1, 100000, "bars of the %D average"))
            .param(MaType.param("fastd_matype", MaType.SMA))
            .outputs("fastk", "fastd")
            .kernel(p -> new StochrsiKernel(
                    p.intValue("timeperiod"),
                    StochParams.of(
                            p.intValue("fastk_period"),
                            p.intValue("fastd_period"),
                            MaType.of(p.choice("fastd_matype")),
                            1,
                            MaType.SMA)))
            .build();

    @Override
    public int lookback() {
        return n + p.fastLookback();
    }

    @Override
    public KernelState newState() {
        return new KernelState(1, 2) {
            private final Rsi rsi = new Rsi(n, false);
            private final FastK fastK = new FastK(p.fastK());
            private final PercentD fastD = new PercentD(p.firstType().create(p.first()));

            @Override
            protected void step(double[] row, boolean commit) {
                double r = rsi.step(row[0], commit);
                double k = Double.isNaN(r) ? Double.NaN : fastK.step(r, r, r, commit);
                fastD.step(k, commit, out);
            }
        };
    }
}
