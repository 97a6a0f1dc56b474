package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.MaType;

/**
 * STOCHF (TA-Lib STOCHF): {@code fastk} = %K over {@code fastk_period} bars including the current
 * one, {@code fastd} = its {@code fastd_matype} average over {@code fastd_period}. Both from bar
 * {@code fastk_period - 1} plus the average's lookback. Also the kernel of STOCHRSI, over RSI values.
 *
 * @param p the periods and average types
 */
record StochfKernel(StochParams p) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "stochf", Family.MOMENTUM, "Fast stochastic oscillator (TA-Lib STOCHF)")
            .inputs("high", "low", "close")
            .param(ParamSpec.integer("fastk_period", 5, 1, 100000, "bars of the %K window"))
            .param(ParamSpec.integer("fastd_period", 3, 1, 100000, "bars of the %D average"))
            .param(MaType.param("fastd_matype", MaType.SMA))
            .outputs("fastk", "fastd")
            .kernel(p -> new StochfKernel(StochParams.of(
                    p.intValue("fastk_period"),
                    p.intValue("fastd_period"),
                    MaType.of(p.choice("fastd_matype")),
                    1,
                    MaType.SMA)))
            .build();

    @Override
    public int lookback() {
        return p.fastLookback();
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 2) {
            private final FastK fastK = new FastK(p.fastK());
            private final PercentD fastD = new PercentD(p.firstType().create(p.first()));

            @Override
            protected void step(double[] row, boolean commit) {
                fastD.step(fastK.step(row[0], row[1], row[2], commit), commit, out);
            }
        };
    }
}
