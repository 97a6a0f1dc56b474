package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.block.WindowExtreme;

/**
 * Stochastic %K over {@code n} bars including the current one, as TA-Lib's STOCH, STOCHF and
 * STOCHRSI compute it: {@code (close - lowest low) / ((highest high - lowest low) / 100)}, 0 when
 * the range is 0. Not thread-safe.
 */
final class FastK {

    private final WindowExtreme highest;
    private final WindowExtreme lowest;

    FastK(int n) {
        this.highest = new WindowExtreme(n, true);
        this.lowest = new WindowExtreme(n, false);
    }

    /** %K of this bar, NaN before {@code n} bars; commits the bar if {@code commit}. */
    double step(double high, double low, double close, boolean commit) {
        double hi = highest.step(high, commit);
        double lo = lowest.step(low, commit);
        double diff = (hi - lo) / 100.0;
        return diff != 0.0 ? (close - lo) / diff : Double.isNaN(diff) ? Double.NaN : 0.0;
    }
}
