package dev.quiver.core.analytics.math;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.FilterKernel;
import dev.quiver.core.analytics.block.WindowExtreme;

/**
 * MIN and MAX (TA-Lib MIN, MAX): the lowest or highest of the last {@code timeperiod} values
 * including the current one; lookback {@code timeperiod - 1}.
 */
final class ExtremeKernel extends FilterKernel {

    static final AnalyticDefinition MIN = definition("min", false);
    static final AnalyticDefinition MAX = definition("max", true);

    ExtremeKernel(int n, boolean highest) {
        super(() -> new WindowExtreme(n, highest));
    }

    private static AnalyticDefinition definition(String name, boolean highest) {
        return AnalyticDefinition.builder(
                        name,
                        Family.MATH,
                        (highest ? "Highest" : "Lowest") + " value over a window (TA-Lib "
                                + name.toUpperCase(java.util.Locale.ROOT) + ")")
                .inputs("close")
                .param(ParamSpec.timePeriod(30, 2))
                .kernel(p -> new ExtremeKernel(p.intValue("timeperiod"), highest))
                .build();
    }
}
