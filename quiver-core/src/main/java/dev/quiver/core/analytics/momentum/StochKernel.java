package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Filter;
import dev.quiver.core.analytics.block.MaType;

/**
 * STOCH (TA-Lib STOCH): %K over {@code fastk_period} bars including the current one, {@code slowk}
 * = its {@code slowk_matype} average over {@code slowk_period}, {@code slowd} = the {@code
 * slowd_matype} average of slowk over {@code slowd_period}. Lookback {@code fastk_period - 1} plus
 * both averages' lookbacks.
 *
 * @param p the periods and average types
 */
record StochKernel(StochParams p) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "stoch", Family.MOMENTUM, "Slow stochastic oscillator (TA-Lib STOCH)")
            .inputs("high", "low", "close")
            .param(ParamSpec.integer("fastk_period", 5, 1, 100000, "bars of the %K window"))
            .param(ParamSpec.integer("slowk_period", 3, 1, 100000, "bars of the slow %K average"))
            .param(MaType.param("slowk_matype", MaType.SMA))
            .param(ParamSpec.integer("slowd_period", 3, 1, 100000, "bars of the slow %D average"))
            .param(MaType.param("slowd_matype", MaType.SMA))
            .outputs("slowk", "slowd")
            .kernel(p -> new StochKernel(StochParams.of(
                    p.intValue("fastk_period"),
                    p.intValue("slowk_period"),
                    MaType.of(p.choice("slowk_matype")),
                    p.intValue("slowd_period"),
                    MaType.of(p.choice("slowd_matype")))))
            .build();

    @Override
    public int lookback() {
        return p.fastLookback() + p.secondType().lookback(p.second());
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 2) {
            private final FastK fastK = new FastK(p.fastK());
            private final Filter slowK = p.firstType().create(p.first());
            private final PercentD slowD = new PercentD(p.secondType().create(p.second()));

            @Override
            protected void step(double[] row, boolean commit) {
                double k = fastK.step(row[0], row[1], row[2], commit);
                double sk = Double.isNaN(k) ? Double.NaN : slowK.step(k, commit);
                slowD.step(sk, commit, out);
            }
        };
    }
}
