package dev.quiver.core.analytics.math;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.FilterState;
import dev.quiver.core.analytics.block.WindowSum;

/** SUM (TA-Lib SUM): the sum of the last {@code timeperiod} values; lookback {@code timeperiod - 1}. */
final class SumKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "sum", Family.MATH, "Rolling sum (TA-Lib SUM)")
            .inputs("close")
            .param(ParamSpec.timePeriod(30, 2))
            .kernel(p -> new SumKernel(p.intValue("timeperiod")))
            .build();

    private final int n;

    SumKernel(int n) {
        this.n = n;
    }

    @Override
    public int lookback() {
        return n - 1;
    }

    @Override
    public KernelState newState() {
        return new FilterState(new WindowSum(n));
    }
}
