package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.SortedMetric;
import dev.quiver.core.analytics.block.SortedWindow;

/**
 * {@code tail_ratio}: empyrical's, {@code |P95(r)| / |P5(r)|} with numpy's linearly interpolated
 * percentiles: how much larger the right tail is than the left. Lookback 1 expanding, {@code window}
 * rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 */
record TailRatioKernel(int window) implements SortedMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "tail_ratio", Family.RISK, "Ratio of the 95th to the 5th percentile of returns (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .anchored()
            .kernel(p -> new TailRatioKernel(p.intValue("window")))
            .build();

    /** Checks the window. */
    TailRatioKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public double value(SortedWindow returns) {
        return Math.abs(returns.percentile(0.95)) / Math.abs(returns.percentile(0.05));
    }
}
