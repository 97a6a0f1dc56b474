package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.block.RowKernel;
import dev.quiver.core.analytics.block.TaMath;

/** BOP (TA-Lib BOP): balance of power, {@code (close - open) / (high - low)}, 0 for an empty range. */
final class BopKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "bop", Family.MOMENTUM, "Balance of power (TA-Lib BOP)")
            .inputs("open", "high", "low", "close")
            .kernel(p -> new RowKernel(4, BopKernel::of))
            .build();

    private BopKernel() {}

    static double of(double[] r) {
        double range = r[1] - r[2];
        return TaMath.isZeroOrNegative(range) ? 0.0 : (r[3] - r[0]) / range;
    }
}
