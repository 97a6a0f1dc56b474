package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.block.MaType;
import java.util.Objects;

/**
 * Bollinger band parameters.
 *
 * @param n bars of the average and of the standard deviation, at least 2
 * @param devUp standard deviations from the middle to the upper band
 * @param devDown standard deviations from the middle to the lower band
 * @param maType the middle band's moving average
 */
record BbandsParams(int n, double devUp, double devDown, MaType maType) {

    /** Checks the period and the multipliers. */
    static BbandsParams of(int n, double devUp, double devDown, MaType maType) {
        if (n < 2 || !Double.isFinite(devUp) || !Double.isFinite(devDown)) {
            throw new IllegalArgumentException("timeperiod must be at least 2 and multipliers finite");
        }
        return new BbandsParams(n, devUp, devDown, Objects.requireNonNull(maType, "maType"));
    }

    /** TA-Lib's BBANDS lookback: that of the middle band's average. */
    int lookback() {
        return maType.lookback(n);
    }
}
