package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;

/**
 * {@code log_returns}: the one-bar log return {@code ln(price / previous)}; lookback 1, the first bar
 * has none. Not anchored.
 */
record LogReturnsKernel() implements AnalyticKernel, PriceChange.Formula {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "log_returns", Family.RETURNS, "One-bar log returns: ln(price / previous price)")
            .inputs("close")
            .kernel(p -> new LogReturnsKernel())
            .build();

    @Override
    public int lookback() {
        return 1;
    }

    @Override
    public KernelState newState() {
        return new PriceChange(this);
    }

    @Override
    public double change(double previous, double current) {
        return Math.log(current / previous);
    }
}
