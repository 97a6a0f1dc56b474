package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.block.MetricKernel;
import dev.quiver.core.analytics.block.MetricParams;

/**
 * {@code cagr}: the compound annual growth rate over calendar time, {@code prod(1 + r) ^ (1 / years)
 * - 1} with {@code years} the seconds from the base bar's start to the last bar's start divided by
 * 365.25 days (rolling: from the start of the bar before the window's first return). empyrical's
 * {@code cagr} is its {@code annual_return}, which counts bars instead. Inputs: the returns and the
 * bar time in epoch seconds. Lookback 1 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 */
record CagrKernel(int window) implements MetricKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "cagr", Family.RETURNS, "Compound annual growth rate over calendar time (365.25-day years)")
            .input(MetricParams.RETURNS)
            .input(MetricParams.TIME)
            .param(MetricParams.WINDOW)
            .anchored()
            .kernel(p -> new CagrKernel(p.intValue("window")))
            .build();

    /** Checks the window. */
    CagrKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public KernelState newState() {
        return new CagrState(window);
    }
}
