package dev.quiver.store;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of bars fetched for an asset: which session dates, at which interval, from which
 * source, and when. Immutable and thread-safe.
 *
 * @param asset the asset
 * @param interval the bar interval
 * @param range the session dates covered, from the first bar's date to the day after the last's
 * @param source where the bars came from (such as {@code yahoo} or a file name), never blank
 * @param fetchedAt when they were stored, from the store's clock
 */
public record CoverageRecord(AssetId asset, Interval interval, DateRange range, String source, Instant fetchedAt) {

    /** Requires every field and a source that is not blank. */
    public CoverageRecord {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (source.isBlank()) {
            throw new IllegalArgumentException("coverage of " + asset + " needs a source");
        }
    }
}
