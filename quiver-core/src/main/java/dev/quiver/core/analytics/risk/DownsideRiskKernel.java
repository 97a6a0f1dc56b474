package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.block.MeanVariance;
import dev.quiver.core.analytics.block.MetricKernel;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.Moments;
import dev.quiver.core.analytics.block.SlidingWindow;
import dev.quiver.core.analytics.block.WindowMetric;
import dev.quiver.core.analytics.block.WindowState;

/**
 * {@code downside_risk}: empyrical's downside deviation, {@code sqrt(mean(min(r - required_return,
 * 0)^2)) * sqrt(periods)}, the mean taken over all returns (Sortino and Forsey), not over the losses
 * only. Lookback 1 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param requiredReturn minimum acceptable return per period
 * @param periods periods in a year
 */
record DownsideRiskKernel(int window, double requiredReturn, int periods)
        implements MetricKernel, WindowMetric<Moments> {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "downside_risk", Family.RISK, "Annualised downside deviation below a threshold (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.REQUIRED_RETURN)
            .param(MetricParams.PERIODS)
            .anchored()
            .kernel(p -> new DownsideRiskKernel(
                    p.intValue("window"), p.doubleValue("required_return"), p.intValue("periods")))
            .build();

    /** Checks the window. */
    DownsideRiskKernel {
        MetricParams.checkWindow(window);
    }

    /** The squared shortfall {@code min(r - requiredReturn, 0)^2} of one return. */
    static double squaredShortfall(double r, double requiredReturn) {
        double shortfall = Math.min(r - requiredReturn, 0);
        return shortfall * shortfall;
    }

    /** The annualised downside deviation from the moments of the squared shortfalls. */
    static double annualised(MeanVariance squaredShortfalls, int periods) {
        return Math.sqrt(squaredShortfalls.mean()) * Math.sqrt(periods);
    }

    @Override
    public KernelState newState() {
        return new WindowState<>(1, 1, new SlidingWindow<>(window, () -> new Moments(1)), this);
    }

    @Override
    public void quantities(double[] row, double[] quantities) {
        quantities[0] = squaredShortfall(row[0], requiredReturn);
    }

    @Override
    public void outputs(Moments stats, double[] out) {
        out[0] = annualised(stats.get(0), periods);
    }
}
