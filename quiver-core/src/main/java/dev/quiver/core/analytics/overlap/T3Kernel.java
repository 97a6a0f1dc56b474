package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.FilterKernel;
import dev.quiver.core.analytics.block.T3;

/** T3 (TA-Lib T3): Tillson's six-fold smoothed EMA; lookback {@code 6 * (timeperiod - 1)}. */
final class T3Kernel extends FilterKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "t3", Family.OVERLAP, "Tillson T3 moving average (TA-Lib T3)")
            .inputs("close")
            .param(ParamSpec.timePeriod(5, 2))
            .param(ParamSpec.real("vfactor", 0.7, 0, 1, "volume factor"))
            .kernel(p -> new T3Kernel(p.intValue("timeperiod"), p.doubleValue("vfactor")))
            .build();

    T3Kernel(int n, double vFactor) {
        super(() -> new T3(n, vFactor));
    }
}
