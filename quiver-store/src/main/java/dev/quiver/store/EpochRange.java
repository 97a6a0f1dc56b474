package dev.quiver.store;

import dev.quiver.core.time.DateRange;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The bar start times, in epoch seconds, of the sessions in a date range: {@code [fromInclusive,
 * toExclusive)}, from midnight of the first date to midnight of the end date in the asset's zone.
 *
 * @param fromInclusive the first second in the range
 * @param toExclusive the first second after it
 */
record EpochRange(long fromInclusive, long toExclusive) {

    /** The seconds of {@code range} counted in {@code zone}; open ends stay open. */
    static EpochRange of(DateRange range, ZoneId zone) {
        return new EpochRange(
                startOf(range.startInclusive(), zone, Long.MIN_VALUE),
                startOf(range.endExclusive(), zone, Long.MAX_VALUE));
    }

    private static long startOf(LocalDate date, ZoneId zone, long openEnd) {
        return date.equals(LocalDate.MIN) || date.equals(LocalDate.MAX)
                ? openEnd
                : date.atStartOfDay(zone).toEpochSecond();
    }
}
