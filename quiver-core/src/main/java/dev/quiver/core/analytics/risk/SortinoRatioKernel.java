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
 * {@code sortino_ratio}: empyrical's, {@code mean(r - required_return) * periods / downside_risk},
 * with the downside deviation of {@link DownsideRiskKernel} (the squared shortfalls averaged over
 * all returns); infinite without a shortfall. Lookback 1 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param requiredReturn minimum acceptable return per period
 * @param periods periods in a year
 */
record SortinoRatioKernel(int window, double requiredReturn, int periods)
        implements MetricKernel, WindowMetric<Moments> {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "sortino_ratio", Family.RISK, "Annualised Sortino ratio (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.REQUIRED_RETURN)
            .param(MetricParams.PERIODS)
            .anchored()
            .kernel(p -> new SortinoRatioKernel(
                    p.intValue("window"), p.doubleValue("required_return"), p.intValue("periods")))
            .build();

    /** Checks the window. */
    SortinoRatioKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public KernelState newState() {
        return new WindowState<>(1, 1, new SlidingWindow<>(window, () -> new Moments(2)), this);
    }

    @Override
    public void quantities(double[] row, double[] quantities) {
        quantities[0] = row[0] - requiredReturn;
        quantities[1] = DownsideRiskKernel.squaredShortfall(row[0], requiredReturn);
    }

    @Override
    public void outputs(Moments stats, double[] out) {
        out[0] = stats.get(0).mean() * periods / DownsideRiskKernel.annualised(stats.get(1), periods);
    }
}
