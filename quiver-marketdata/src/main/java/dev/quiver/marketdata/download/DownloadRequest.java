package dev.quiver.marketdata.download;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /**
     * A daily download with the defaults of the command line and the server: {@code to} defaults to
     * yesterday in UTC (the last complete day), {@code from} to a year before {@code to}.
     *
     * @param from the first date, inclusive, or null
     * @param to the last date, inclusive, or null
     * @throws IllegalArgumentException if there is no symbol or {@code from} is after {@code to}
     */
    public static DownloadRequest daily(
            List<AssetId> symbols, LocalDate from, LocalDate to, boolean refresh, Clock clock) {
        LocalDate last =
                to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        LocalDate first = from != null ? from : last.minusYears(1);
        return new DownloadRequest(symbols, Interval.ONE_DAY, DateRange.closed(first, last), refresh);
    }
}
