package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.block.CoMoments;
import dev.quiver.core.analytics.block.MetricKernel;
import dev.quiver.core.analytics.block.MetricParams;
import dev.quiver.core.analytics.block.SlidingWindow;
import dev.quiver.core.analytics.block.WindowMetric;
import dev.quiver.core.analytics.block.WindowState;

/**
 * {@code alpha_beta(factor)}: empyrical's {@code alpha_beta}. Beta is the least-squares slope of the
 * subject's returns on the factor's, {@code cov(f, r) / var(f)}, empty when {@code var(f) < 1e-30};
 * alpha is annualised by compounding, {@code (1 + mean(r - rf - beta * (f - rf))) ^ periods - 1},
 * as later empyrical versions and empyrical-reloaded do (older versions multiplied by {@code
 * periods}). Bars where either input is missing are dropped. Inputs: the factor's returns
 * (required), then the subject's; outputs {@code alpha}, {@code beta}. Lookback 2 expanding, {@code
 * window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 * @param riskFree risk-free return per period
 * @param periods periods in a year
 */
record AlphaBetaKernel(int window, double riskFree, int periods) implements MetricKernel, WindowMetric<CoMoments> {

    /** Below this factor variance (empyrical's bound) beta is undefined. */
    static final double MIN_VARIANCE = 1.0e-30;

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "alpha_beta", Family.RISK, "Annualised alpha and beta against a factor (empyrical alpha_beta)")
            .input(MetricParams.FACTOR)
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .param(MetricParams.RISK_FREE)
            .param(MetricParams.PERIODS)
            .outputs("alpha", "beta")
            .anchored()
            .kernel(p -> new AlphaBetaKernel(p.intValue("window"), p.doubleValue("risk_free"), p.intValue("periods")))
            .build();

    /** Checks the window. */
    AlphaBetaKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public int minReturns() {
        return 2;
    }

    @Override
    public KernelState newState() {
        return new WindowState<>(2, 2, new SlidingWindow<>(window, CoMoments::new), this);
    }

    @Override
    public void quantities(double[] row, double[] quantities) {
        quantities[0] = row[0];
        quantities[1] = row[1];
    }

    @Override
    public void outputs(CoMoments stats, double[] out) {
        double sff = stats.x().sumOfSquares();
        double beta = sff / stats.x().count() < MIN_VARIANCE ? Double.NaN : stats.sumOfCoDeviations() / sff;
        double meanAlpha = (stats.y().mean() - riskFree) - beta * (stats.x().mean() - riskFree);
        out[0] = Math.pow(1 + meanAlpha, periods) - 1;
        out[1] = beta;
    }
}
