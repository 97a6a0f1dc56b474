package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.block.CoMoments;
import dev.quiver.core.analytics.block.MetricKernel;
import dev.quiver.core.analytics.block.MetricParams;

/**
 * {@code stability_of_timeseries}: empyrical's, the R² of the least-squares line through the
 * cumulative log returns {@code sum(log1p(r))} against their index, as {@code scipy.stats.linregress}
 * gives it (0 when either variable has no spread). R² does not change when either variable is
 * shifted, so a rolling window fits the same points as empyrical's slice. Lookback 2 expanding (a
 * line through one point is undefined), {@code window} rolling.
 *
 * @param window returns in a rolling window, or 0 for expanding
 */
record StabilityKernel(int window) implements MetricKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "stability_of_timeseries",
                    Family.RETURNS,
                    "R-squared of a linear fit to the cumulative log returns (empyrical)")
            .input(MetricParams.RETURNS)
            .param(MetricParams.WINDOW)
            .anchored()
            .kernel(p -> new StabilityKernel(p.intValue("window")))
            .build();

    /** Checks the window. */
    StabilityKernel {
        MetricParams.checkWindow(window);
    }

    @Override
    public int minReturns() {
        return 2;
    }

    @Override
    public KernelState newState() {
        return new StabilityState(window);
    }

    /** linregress's {@code rvalue ** 2} for the points held: NaN with fewer than two. */
    static double rSquared(CoMoments points) {
        if (points.x().count() < 2) {
            return Double.NaN;
        }
        double den = points.x().sumOfSquares() * points.y().sumOfSquares();
        if (den == 0) {
            return 0.0;
        }
        double r = Math.max(-1, Math.min(1, points.sumOfCoDeviations() / Math.sqrt(den)));
        return r * r;
    }
}
