package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;

/**
 * {@code log_returns}: the one-bar log return {@code ln(price / previous)}; lookback 1, the first bar
 * has none. Not anchored.
 */
record LogReturnsKernel() implements PriceChange.Kernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "log_returns", Family.RETURNS, "One-bar log returns: ln(price / previous price)")
            .inputs("close")
            .kernel(p -> new LogReturnsKernel())
            .build();

    @Override
    public double change(double previous, double current) {
        return Math.log(current / previous);
    }
}
