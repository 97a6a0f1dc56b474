package dev.quiver.core.series;

import java.time.Instant;
import java.util.Objects;

/**
 * One bar of prices and volume. A value for the edges of the system (parsing, printing, single
 * updates); bulk data travels as a columnar {@link BarSeries}. Immutable and thread-safe.
 *
 * @param time the start of the bar; for daily bars, midnight of the session date in the asset's zone
 * @param open first traded price
 * @param high highest traded price
 * @param low lowest traded price
 * @param close last traded price
 * @param volume shares (or units) traded; NaN when the source has none
 */
public record Bar(Instant time, double open, double high, double low, double close, double volume) {

    /** Requires a time. Prices are checked by importers, which know where a bad value came from. */
    public Bar {
        Objects.requireNonNull(time, "time");
    }
}
