package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.WealthMetric;
import dev.quiver.core.analytics.block.WealthPath;

/**
 * {@code cum_returns}: empyrical's {@code cum_returns}, the compounded return since the base bar,
 * {@code prod(1 + r) - 1}, or the wealth {@code starting_value * prod(1 + r)} when {@code
 * starting_value} is not 0. Lookback 0: at the base bar it is 0 (or {@code starting_value}).
 *
 * @param startingValue the value invested, or 0 for cumulative returns
 */
record CumReturnsKernel(double startingValue) implements WealthMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "cum_returns", Family.RETURNS, "Cumulative returns since the base bar (empyrical cum_returns)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.STARTING_VALUE)
            .anchored()
            .kernel(p -> new CumReturnsKernel(p.doubleValue("starting_value")))
            .build();

    /** Always expanding. */
    @Override
    public int window() {
        return 0;
    }

    @Override
    public double value(WealthPath path) {
        return startingValue == 0 ? path.growth() - 1 : path.growth() * startingValue;
    }

    @Override
    public double atBase() {
        return startingValue;
    }
}
