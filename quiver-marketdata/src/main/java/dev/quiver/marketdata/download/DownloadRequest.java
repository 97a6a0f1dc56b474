package dev.quiver.marketdata.download;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What to download. Immutable and thread-safe.
 *
 * @param symbols the symbols, each once, in the order given (duplicates are dropped)
 * @param interval the bar interval
 * @param range the session dates wanted; bounded
 * @param refresh whether to fetch the last days of the range again even when covered, to pick up
 *     revisions
 */
public record DownloadRequest(List<AssetId> symbols, Interval interval, DateRange range, boolean refresh) {

    /**
     * Checks the request.
     *
     * @throws IllegalArgumentException if there is no symbol or the range is open-ended or empty
     */
    public DownloadRequest {
        symbols = List.copyOf(new LinkedHashSet<>(symbols));
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(range, "range");
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("a download needs at least one symbol");
        }
        if (range.isEmpty()
                || range.startInclusive().equals(LocalDate.MIN)
                || range.endExclusive().equals(LocalDate.MAX)) {
            throw new IllegalArgumentException("a download needs a bounded, non-empty range, was " + range);
        }
    }
}
