package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.Annualisation;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.WealthMetric;
import dev.quiver.core.analytics.block.WealthPath;

/**
 * {@code calmar_ratio}: empyrical's, {@code annual_return / |max_drawdown|}; empty while there is no
 * drawdown, and where empyrical's division gives an infinity. Lookback 1 expanding, {@code window}
 * rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param periods periods in a year
 */
record CalmarRatioKernel(int window, int periods) implements WealthMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "calmar_ratio", Family.RISK, "Annual return over maximum drawdown (empyrical calmar_ratio)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.PERIODS)
            .anchored()
            .kernel(p -> new CalmarRatioKernel(p.intValue("window"), p.intValue("periods")))
            .build();

    /** Checks the window. */
    CalmarRatioKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public double value(WealthPath path) {
        double maxDrawdown = path.maxDrawdown();
        if (!(maxDrawdown < 0)) {
            return Double.NaN;
        }
        double annual = Annualisation.annualReturn(path.growth(), Annualisation.bars(window, path.count()), periods);
        double ratio = annual / Math.abs(maxDrawdown);
        return Double.isInfinite(ratio) ? Double.NaN : ratio;
    }
}
