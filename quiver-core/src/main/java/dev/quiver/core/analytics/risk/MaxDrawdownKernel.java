package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.WealthMetric;
import dev.quiver.core.analytics.block.WealthPath;

/**
 * {@code max_drawdown}: empyrical's, the worst {@code drawdown} so far, with wealth 1 before the first
 * return counting as a peak; 0 or negative. Expanding it is 0 at the base bar (lookback 0); rolling,
 * each window starts again from wealth 1 (lookback {@code window}).
 *
 * @param window returns in a rolling window, or 0 for expanding
 */
record MaxDrawdownKernel(int window) implements WealthMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "max_drawdown", Family.RISK, "Maximum drawdown of wealth (empyrical max_drawdown)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .anchored()
            .kernel(p -> new MaxDrawdownKernel(p.intValue("window")))
            .build();

    /** Checks the window. */
    MaxDrawdownKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public double value(WealthPath path) {
        return path.maxDrawdown();
    }

    @Override
    public double atBase() {
        return window == 0 ? 0 : Double.NaN;
    }
}
