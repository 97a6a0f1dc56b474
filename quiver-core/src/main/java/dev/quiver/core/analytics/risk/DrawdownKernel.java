package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.WealthMetric;
import dev.quiver.core.analytics.block.WealthPath;

/**
 * {@code drawdown}: empyrical's {@code drawdown_series}, the fall of wealth from its running peak,
 * {@code W_t / max(1, max W_s) - 1}, with wealth 1 at the base bar counting as a peak; 0 or
 * negative. Lookback 0: 0 at the base bar.
 */
record DrawdownKernel() implements WealthMetric {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "drawdown", Family.RISK, "Drawdown from the running peak of wealth (empyrical drawdown_series)")
            .input(MetricParams.RETURNS)
            .anchored()
            .kernel(p -> new DrawdownKernel())
            .build();

    /** Always expanding. */
    @Override
    public int window() {
        return 0;
    }

    @Override
    public double value(WealthPath path) {
        return path.drawdown();
    }

    @Override
    public double atBase() {
        return 0;
    }
}
