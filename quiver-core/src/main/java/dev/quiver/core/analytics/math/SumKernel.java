package dev.quiver.core.analytics.math;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.FilterKernel;
import dev.quiver.core.analytics.block.WindowSum;

/** SUM (TA-Lib SUM): the sum of the last {@code timeperiod} values; lookback {@code timeperiod - 1}. */
final class SumKernel extends FilterKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "sum", Family.MATH, "Rolling sum (TA-Lib SUM)")
            .inputs("close")
            .param(ParamSpec.timePeriod(30, 2))
            .kernel(p -> new SumKernel(p.intValue("timeperiod")))
            .build();

    SumKernel(int n) {
        super(() -> new WindowSum(n));
    }
}
