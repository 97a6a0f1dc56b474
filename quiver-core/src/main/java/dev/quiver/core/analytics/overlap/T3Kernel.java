package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.FilterState;
import dev.quiver.core.analytics.block.T3;

/** T3 (TA-Lib T3): Tillson's six-fold smoothed EMA; lookback {@code 6 * (timeperiod - 1)}. */
final class T3Kernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "t3", Family.OVERLAP, "Tillson T3 moving average (TA-Lib T3)")
            .inputs("close")
            .param(ParamSpec.timePeriod(5, 2))
            .param(ParamSpec.real("vfactor", 0.7, 0, 1, "volume factor"))
            .kernel(p -> new T3Kernel(p.intValue("timeperiod"), p.doubleValue("vfactor")))
            .build();

    private final int n;
    private final double vFactor;

    T3Kernel(int n, double vFactor) {
        this.n = n;
        this.vFactor = vFactor;
    }

    @Override
    public int lookback() {
        return 6 * (n - 1);
    }

    @Override
    public KernelState newState() {
        return new FilterState(new T3(n, vFactor));
    }
}
