package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.block.CoMoments;
import dev.quiver.core.analytics.block.MetricState;
import dev.quiver.core.analytics.block.SlidingWindow;

/**
 * The state of {@code stability_of_timeseries}: the running index and cumulative log return of the
 * returns after the base bar, and the moments of those points over the window. Not thread-safe;
 * allocates only at construction.
 */
final class StabilityState extends MetricState {

    private final SlidingWindow<CoMoments> points;
    private final double[] point = new double[2];
    private int index;
    private double cumulativeLog;

    StabilityState(int window) {
        super(1, 1);
        this.points = new SlidingWindow<>(window, CoMoments::new);
    }

    @Override
    protected void next(double[] row, boolean commit) {
        point[0] = index;
        point[1] = cumulativeLog + Math.log1p(row[0]);
        out[0] = points.next(point, commit) ? StabilityKernel.rSquared(points.current()) : Double.NaN;
        if (commit) {
            index++;
            cumulativeLog = point[1];
        }
    }
}
