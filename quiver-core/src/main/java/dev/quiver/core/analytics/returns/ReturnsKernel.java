package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;

/**
 * {@code returns}: the one-bar simple return {@code price / previous - 1} (pandas {@code pct_change},
 * empyrical {@code simple_returns}); lookback 1, the first bar has none. Not anchored: a return does
 * not depend on where the range starts.
 */
record ReturnsKernel() implements PriceChange.Kernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "returns", Family.RETURNS, "One-bar simple returns: price / previous price - 1 (empyrical)")
            .inputs("close")
            .kernel(p -> new ReturnsKernel())
            .build();

    @Override
    public double change(double previous, double current) {
        return current / previous - 1;
    }
}
