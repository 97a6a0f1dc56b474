package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.block.Annualisation;
import dev.quiver.core.analytics.block.MetricKernel;
import dev.quiver.core.analytics.block.MetricParams;

/**
 * empyrical's capture ratios: the subject's annual return over the benchmark's, {@code
 * annual_return(r) / annual_return(f)}, over all bars ({@code capture}) or only those where the
 * benchmark rose ({@code up_capture}) or fell ({@code down_capture}), as empyrical's {@code up} and
 * {@code down} filters select them. One type for the three, which differ only in that filter. Inputs:
 * the benchmark's returns (required), then the subject's. Lookback 1 expanding, {@code window}
 * rolling; up and down capture stay empty until the window holds a bar of their side.
 *
 * @param side which bars count
 * @param window returns in a rolling window, or 0 for expanding
 * @param periods periods in a year
 */
record CaptureKernel(Side side, int window, int periods) implements MetricKernel {

    /** Which bars a capture ratio counts, by the sign of the benchmark's return. */
    enum Side {
        /** Every bar; the annual returns span the bars as {@code annual_return} counts them. */
        ALL,
        /** Bars where the benchmark's return is positive; the annual returns span those bars. */
        UP,
        /** Bars where the benchmark's return is negative; the annual returns span those bars. */
        DOWN;

        boolean counts(double benchmark) {
            return switch (this) {
                case ALL -> true;
                case UP -> benchmark > 0;
                case DOWN -> benchmark < 0;
            };
        }

        /** The bars the counted returns span: the filtered ones alone, as empyrical slices them. */
        int bars(int window, int counted) {
            return this == ALL ? Annualisation.bars(window, counted) : counted;
        }
    }

    static final AnalyticDefinition CAPTURE = definition("capture", Side.ALL, "Capture ratio (empyrical capture)");
    static final AnalyticDefinition UP_CAPTURE =
            definition("up_capture", Side.UP, "Capture ratio over up-benchmark bars (empyrical up_capture)");
    static final AnalyticDefinition DOWN_CAPTURE =
            definition("down_capture", Side.DOWN, "Capture ratio over down-benchmark bars (empyrical down_capture)");

    /** Checks the window. */
    CaptureKernel {
        MetricParams.checkWindow(window);
    }

    private static AnalyticDefinition definition(String name, Side side, String description) {
        return AnalyticDefinition.builder(name, Family.RETURNS, description)
                .input(MetricParams.FACTOR)
                .input(MetricParams.RETURNS)
                .param(MetricParams.WINDOW)
                .param(MetricParams.PERIODS)
                .anchored()
                .kernel(p -> new CaptureKernel(side, p.intValue("window"), p.intValue("periods")))
                .build();
    }

    @Override
    public KernelState newState() {
        return new CaptureState(this);
    }

    /** The ratio for growths of the subject and benchmark over {@code counted} bars of this side. */
    double ratio(double subjectGrowth, double benchmarkGrowth, int counted) {
        if (counted == 0) {
            return Double.NaN;
        }
        int bars = side.bars(window, counted);
        return Annualisation.annualReturn(subjectGrowth, bars, periods)
                / Annualisation.annualReturn(benchmarkGrowth, bars, periods);
    }
}
