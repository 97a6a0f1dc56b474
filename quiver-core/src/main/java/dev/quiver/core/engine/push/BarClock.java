package dev.quiver.core.engine.push;

import dev.quiver.core.time.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where bars of one interval start and end in one zone, and the key by which bars of different
 * assets are matched: the session date (as an epoch day) for daily bars, the start instant for
 * intraday ones. Daily bars start at midnight of the zone (23 or 25 hours long across a change of
 * offset); intraday bars are aligned to the zone's local clock. Called once per bar, not per tick
 * (it allocates {@code java.time} values). Immutable and thread-safe.
 */
final class BarClock {

    private final Interval interval;
    private final ZoneId zone;

    BarClock(Interval interval, ZoneId zone) {
        this.interval = interval;
        this.zone = zone;
    }

    /** The start, in epoch seconds, of the bar holding the instant {@code epochSecond}. */
    long startOf(long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        if (interval.isDaily()) {
            return LocalDate.ofInstant(instant, zone).atStartOfDay(zone).toEpochSecond();
        }
        long offset = zone.getRules().getOffset(instant).getTotalSeconds();
        long length = interval.length().toSeconds();
        return Math.floorDiv(epochSecond + offset, length) * length - offset;
    }

    /** The end (exclusive), in epoch seconds, of the bar starting at {@code start}. */
    long endOf(long start) {
        if (interval.isDaily()) {
            return date(start).plusDays(1).atStartOfDay(zone).toEpochSecond();
        }
        return start + interval.length().toSeconds();
    }

    /** The alignment key of the bar starting at {@code start}: its epoch day if daily, else the start. */
    long keyOf(long start) {
        return interval.isDaily() ? date(start).toEpochDay() : start;
    }

    private LocalDate date(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }
}
