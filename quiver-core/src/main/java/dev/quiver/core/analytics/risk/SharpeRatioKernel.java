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
 * {@code sharpe_ratio}: empyrical's, {@code mean(r - risk_free) / std(r - risk_free, ddof=1) *
 * sqrt(periods)}; infinite when the excess returns do not vary. Lookback 2 expanding, {@code window}
 * rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param riskFree risk-free return per period
 * @param periods periods in a year
 */
record SharpeRatioKernel(int window, double riskFree, int periods) implements MetricKernel, WindowMetric<Moments> {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "sharpe_ratio", Family.RISK, "Annualised Sharpe ratio, sample deviation (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.RISK_FREE)
            .param(MetricParams.PERIODS)
            .anchored()
            .kernel(p -> new SharpeRatioKernel(p.intValue("window"), p.doubleValue("risk_free"), p.intValue("periods")))
            .build();

    /** Checks the window. */
    SharpeRatioKernel {
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
        quantities[0] = row[0] - riskFree;
    }

    @Override
    public void outputs(Moments stats, double[] out) {
        MeanVariance excess = stats.get(0);
        out[0] = excess.mean() / excess.sampleStd() * Math.sqrt(periods);
    }
}
