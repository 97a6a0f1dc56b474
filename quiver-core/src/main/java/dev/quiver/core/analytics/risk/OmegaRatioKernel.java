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
 * {@code omega_ratio}: empyrical's, the gains over the losses of {@code x = r - risk_free -
 * required_return}: {@code sum(max(x, 0)) / sum(max(-x, 0))}, empty without a loss. {@code
 * required_return} is per period here; empyrical's is annual and turned into {@code (1 +
 * required_return) ^ (1 / 252) - 1} per period. Lookback 1 expanding, {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param riskFree risk-free return per period
 * @param requiredReturn minimum acceptable return per period
 */
record OmegaRatioKernel(int window, double riskFree, double requiredReturn)
        implements MetricKernel, WindowMetric<Moments> {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "omega_ratio", Family.RISK, "Omega ratio: gains over losses beyond a threshold (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.RISK_FREE)
            .param(MetricParams.REQUIRED_RETURN)
            .anchored()
            .kernel(p -> new OmegaRatioKernel(
                    p.intValue("window"), p.doubleValue("risk_free"), p.doubleValue("required_return")))
            .build();

    /** Checks the window. */
    OmegaRatioKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public KernelState newState() {
        return new WindowState<>(1, 1, new SlidingWindow<>(window, () -> new Moments(2)), this);
    }

    @Override
    public void quantities(double[] row, double[] quantities) {
        double x = row[0] - riskFree - requiredReturn;
        quantities[0] = Math.max(x, 0);
        quantities[1] = Math.max(-x, 0);
    }

    /** The ratio of the mean gain to the mean loss, which is that of their sums. */
    @Override
    public void outputs(Moments stats, double[] out) {
        double losses = stats.get(1).mean();
        out[0] = losses > 0 ? stats.get(0).mean() / losses : Double.NaN;
    }
}
