package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.SortedMetric;
import dev.quiver.core.analytics.block.SortedWindow;

/**
 * {@code value_at_risk}: empyrical's historical VaR, {@code numpy.percentile(r, 100 * cutoff)} with
 * linear interpolation: a return, negative for a loss. Lookback 1 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param cutoff left-tail probability
 */
record ValueAtRiskKernel(int window, double cutoff) implements SortedMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "value_at_risk", Family.RISK, "Historical value at risk: a percentile of returns (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.CUTOFF)
            .anchored()
            .kernel(p -> new ValueAtRiskKernel(p.intValue("window"), p.doubleValue("cutoff")))
            .build();

    /** Checks the window. */
    ValueAtRiskKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public double value(SortedWindow returns) {
        return returns.percentile(cutoff);
    }
}
