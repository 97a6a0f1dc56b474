package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.SortedMetric;
import dev.quiver.core.analytics.block.SortedWindow;

/**
 * {@code conditional_value_at_risk}: empyrical's CVaR (expected shortfall), the mean of the {@code
 * k + 1} smallest returns with {@code k = floor((n - 1) * cutoff)}, as its partition-based code takes
 * them. Lookback 1 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param cutoff left-tail probability
 */
record ConditionalValueAtRiskKernel(int window, double cutoff) implements SortedMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "conditional_value_at_risk",
                    Family.RISK,
                    "Conditional value at risk: mean of the worst returns (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.CUTOFF)
            .anchored()
            .kernel(p -> new ConditionalValueAtRiskKernel(p.intValue("window"), p.doubleValue("cutoff")))
            .build();

    /** Checks the window. */
    ConditionalValueAtRiskKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public double value(SortedWindow returns) {
        int k = (int) ((returns.count() - 1) * cutoff);
        return returns.meanOfSmallest(k + 1);
    }
}
