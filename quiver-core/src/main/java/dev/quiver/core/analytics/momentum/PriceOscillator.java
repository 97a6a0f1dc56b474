package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Filter;
import dev.quiver.core.analytics.block.MaType;
import dev.quiver.core.analytics.block.TaMath;

/**
 * APO and PPO (TA-Lib): the difference of a fast and a slow {@code matype} average of the same
 * input, absolute ({@code fast - slow}) or as a percent of the slow one ({@code (fast - slow) / slow
 * * 100}, 0 when slow is almost 0). As in TA-Lib, periods given in the wrong order are swapped.
 * Lookback that of the slow average.
 */
final class PriceOscillator implements AnalyticKernel {

    static final AnalyticDefinition APO = definition("apo", "Absolute price oscillator (TA-Lib APO)", false);
    static final AnalyticDefinition PPO = definition("ppo", "Percentage price oscillator (TA-Lib PPO)", true);

    private final int fast;
    private final int slow;
    private final MaType type;
    private final boolean percent;

    PriceOscillator(int fast, int slow, MaType type, boolean percent) {
        this.fast = Math.min(fast, slow);
        this.slow = Math.max(fast, slow);
        this.type = type;
        this.percent = percent;
    }

    private static AnalyticDefinition definition(String name, String description, boolean percent) {
        return AnalyticDefinition.builder(name, Family.MOMENTUM, description)
                .inputs("close")
                .param(ParamSpec.integer("fastperiod", 12, 2, 100000, "bars of the fast average"))
                .param(ParamSpec.integer("slowperiod", 26, 2, 100000, "bars of the slow average"))
                .param(MaType.param("matype", MaType.SMA))
                .kernel(p -> new PriceOscillator(
                        p.intValue("fastperiod"), p.intValue("slowperiod"), MaType.of(p.choice("matype")), percent))
                .build();
    }

    @Override
    public int lookback() {
        return type.lookback(slow);
    }

    @Override
    public KernelState newState() {
        return new KernelState(1, 1) {
            private final Filter fastMa = type.create(fast);
            private final Filter slowMa = type.create(slow);

            @Override
            protected void step(double[] row, boolean commit) {
                double f = fastMa.step(row[0], commit);
                double s = slowMa.step(row[0], commit);
                if (!percent) {
                    out[0] = Double.isNaN(s) ? Double.NaN : f - s;
                } else {
                    out[0] = Double.isNaN(s) ? Double.NaN : TaMath.isZero(s) ? 0.0 : ((f - s) / s) * 100.0;
                }
            }
        };
    }
}
