package dev.quiver.marketdata;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to fetch: the bars of one symbol at one interval whose session dates lie in a range.
 * Immutable and thread-safe.
 *
 * @param symbol the symbol as the provider spells it
 * @param interval the bar interval
 * @param range the session dates wanted, {@code [startInclusive, endExclusive)}; bounded and not empty
 */
public record BarRequest(AssetId symbol, Interval interval, DateRange range) {

    /**
     * Checks the request.
     *
     * @throws IllegalArgumentException if the range is empty or open at either end
     */
    public BarRequest {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(range, "range");
        if (range.isEmpty()
                || range.startInclusive().equals(LocalDate.MIN)
                || range.endExclusive().equals(LocalDate.MAX)) {
            throw new IllegalArgumentException(
                    "a fetch of " + symbol + " needs a bounded, non-empty range, was " + range);
        }
    }

    /** The daily bars of {@code symbol} in {@code range}. */
    public static BarRequest daily(AssetId symbol, DateRange range) {
        return new BarRequest(symbol, Interval.ONE_DAY, range);
    }

    /** The last date wanted: the day before the range's end. */
    public LocalDate lastDate() {
        return range.endExclusive().minusDays(1);
    }
}
