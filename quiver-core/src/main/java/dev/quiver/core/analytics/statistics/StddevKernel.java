package dev.quiver.core.analytics.statistics;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.ParamSpec;

/**
 * STDDEV (TA-Lib STDDEV): {@code nbdev} standard deviations of the last {@code timeperiod} values,
 * population ({@code ddof=0}, canonical) or sample ({@code ddof=1}); 0 where the variance is not
 * positive, as in TA-Lib. Lookback {@code timeperiod - 1}.
 */
final class StddevKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "stddev", Family.STATISTICS, "Rolling standard deviation (TA-Lib STDDEV)")
            .inputs("close")
            .param(ParamSpec.timePeriod(5, 2))
            .param(ParamSpec.real("nbdev", 1, -3e37, 3e37, "multiplier of the standard deviation"))
            .param(Dispersion.DDOF)
            .kernel(p -> new Dispersion(p.intValue("timeperiod"), p.doubleValue("nbdev"), p.intValue("ddof"), true))
            .build();

    private StddevKernel() {}
}
