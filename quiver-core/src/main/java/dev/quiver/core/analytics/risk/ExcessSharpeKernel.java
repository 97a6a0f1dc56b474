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
 * {@code excess_sharpe}: empyrical's, the mean active return over the tracking error, {@code mean(r -
 * f) / std(r - f, ddof=1)}, not annualised. {@code information_ratio} is the name earlier empyrical versions
 * gave the same quantity; both names are in the catalogue and share this type. Inputs: the
 * benchmark's returns (required), then the subject's. Lookback 2 expanding (a tracking error needs
 * two returns; empyrical would divide by 0 there), {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 */
record ExcessSharpeKernel(int window) implements MetricKernel, WindowMetric<Moments> {

    static final AnalyticDefinition EXCESS_SHARPE =
            definition("excess_sharpe", "Mean active return over tracking error (empyrical excess_sharpe)");
    static final AnalyticDefinition INFORMATION_RATIO = definition(
            "information_ratio", "Mean active return over tracking error (earlier empyrical information_ratio)");

    /** Checks the window. */
    ExcessSharpeKernel {
        MetricParams.checkWindow(window);
    }

    private static AnalyticDefinition definition(String name, String description) {
        return AnalyticDefinition.builder(name, Family.RISK, description)
                .input(MetricParams.FACTOR)
                .input(MetricParams.RETURNS)
                .param(MetricParams.WINDOW)
                .anchored()
                .kernel(p -> new ExcessSharpeKernel(p.intValue("window")))
                .build();
    }

    @Override
    public int minReturns() {
        return 2;
    }

    @Override
    public KernelState newState() {
        return new WindowState<>(2, 1, new SlidingWindow<>(window, () -> new Moments(1)), this);
    }

    @Override
    public void quantities(double[] row, double[] quantities) {
        quantities[0] = row[1] - row[0];
    }

    @Override
    public void outputs(Moments stats, double[] out) {
        MeanVariance active = stats.get(0);
        out[0] = active.mean() / active.sampleStd();
    }
}
