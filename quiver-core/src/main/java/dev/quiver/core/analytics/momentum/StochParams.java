package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.block.MaType;
import java.util.Objects;

/**
 * Parameters of STOCH and STOCHF: the %K window and up to two smoothing averages.
 *
 * @param fastK bars of the %K window, at least 1
 * @param first period of the first average (slow %K for STOCH, %D for STOCHF), at least 1
 * @param firstType type of the first average
 * @param second period of the second average (slow %D for STOCH; unused by STOCHF), at least 1
 * @param secondType type of the second average
 */
record StochParams(int fastK, int first, MaType firstType, int second, MaType secondType) {

    /** The first bar of %K and its first average: {@code fastK - 1} plus the average's lookback. */
    int fastLookback() {
        return fastK - 1 + firstType.lookback(first);
    }

    /** Checks the periods. */
    static StochParams of(int fastK, int first, MaType firstType, int second, MaType secondType) {
        if (fastK < 1 || first < 1 || second < 1) {
            throw new IllegalArgumentException("periods must be at least 1");
        }
        return new StochParams(
                fastK, first, Objects.requireNonNull(firstType), second, Objects.requireNonNull(secondType));
    }
}
