package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.Annualisation;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.WealthMetric;
import dev.quiver.core.analytics.block.WealthPath;

/**
 * {@code annual_return}: empyrical's {@code annual_return}, {@code prod(1 + r) ^ (periods / N) - 1}
 * with {@code N} the bars the returns span ({@link Annualisation#bars}: the base bar counts).
 * Lookback 1 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param periods periods in a year
 */
record AnnualReturnKernel(int window, int periods) implements WealthMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "annual_return", Family.RETURNS, "Annualised compound return over bar counts (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.PERIODS)
            .anchored()
            .kernel(p -> new AnnualReturnKernel(p.intValue("window"), p.intValue("periods")))
            .build();

    /** Checks the window. */
    AnnualReturnKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public double value(WealthPath path) {
        return Annualisation.annualReturn(path.growth(), Annualisation.bars(window, path.count()), periods);
    }
}
