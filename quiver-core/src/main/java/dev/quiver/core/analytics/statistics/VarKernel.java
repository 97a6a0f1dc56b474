package dev.quiver.core.analytics.statistics;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.ParamSpec;

/**
 * VAR (TA-Lib VAR): variance of the last {@code timeperiod} values, population ({@code ddof=0},
 * canonical) or sample ({@code ddof=1}). TA-Lib's {@code nbdev} is accepted in its position for
 * compatibility and, as in TA-Lib, does not scale the result. Lookback {@code timeperiod - 1}.
 */
final class VarKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "var", Family.STATISTICS, "Rolling variance (TA-Lib VAR)")
            .inputs("close")
            .param(ParamSpec.timePeriod(5, 1))
            .param(ParamSpec.real("nbdev", 1, -3e37, 3e37, "accepted for TA-Lib compatibility; TA-Lib ignores it"))
            .param(Dispersion.DDOF)
            .kernel(p -> new Dispersion(p.intValue("timeperiod"), 1, p.intValue("ddof"), false))
            .build();

    private VarKernel() {}
}
