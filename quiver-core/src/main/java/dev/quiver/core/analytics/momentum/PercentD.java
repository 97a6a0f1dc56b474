package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.block.Filter;

/**
 * A stochastic's %D line, the average of its %K, with %K aligned as TA-Lib's STOCH, STOCHF and
 * STOCHRSI give them: %K is withheld until %D has a value. Not thread-safe.
 */
final class PercentD {

    private final Filter average;

    /** %D as {@code average} of %K. */
    PercentD(Filter average) {
        this.average = average;
    }

    /**
     * Writes %K, or NaN while %D has no value, to {@code out[0]} and %D to {@code out[1]}; commits
     * {@code k} if {@code commit}. A NaN {@code k} (before %K's lookback) is not averaged.
     */
    void step(double k, boolean commit, double[] out) {
        double d = Double.isNaN(k) ? Double.NaN : average.step(k, commit);
        out[0] = Double.isNaN(d) ? Double.NaN : k;
        out[1] = d;
    }
}
