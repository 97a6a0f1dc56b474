package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.block.MetricKernel;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.Moments;
import dev.quiver.core.analytics.block.SlidingWindow;
import dev.quiver.core.analytics.block.WindowMetric;
import dev.quiver.core.analytics.block.WindowState;

/**
 * {@code annual_volatility}: empyrical's, the sample standard deviation (ddof = 1) of the returns
 * times {@code sqrt(periods)}; 0 or more. Lookback 2 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param periods periods in a year
 */
record AnnualVolatilityKernel(int window, int periods) implements MetricKernel, WindowMetric<Moments> {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "annual_volatility", Family.RISK, "Annualised sample standard deviation (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.PERIODS)
            .anchored()
            .kernel(p -> new AnnualVolatilityKernel(p.intValue("window"), p.intValue("periods")))
            .build();

    /** Checks the window. */
    AnnualVolatilityKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public int minReturns() {
        return 2;
    }

    @Override
    public KernelState newState() {
        return new WindowState<>(1, 1, new SlidingWindow<>(window, () -> new Moments(1)), this);
    }

    @Override
    public void quantities(double[] row, double[] quantities) {
        quantities[0] = row[0];
    }

    @Override
    public void outputs(Moments stats, double[] out) {
        out[0] = stats.get(0).sampleStd() * Math.sqrt(periods);
    }
}
