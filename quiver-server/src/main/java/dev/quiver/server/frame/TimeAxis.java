package dev.quiver.server.frame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The row labels of a frame: session dates (daily bars) or instants (intraday bars), ascending.
 * Written as ISO-8601 text ({@code 2015-06-01}, {@code 2015-06-01T13:30:00Z}). Immutable and
 * thread-safe.
 */
public final class TimeAxis {

    private final long[] values;
    private final boolean daily;

    private TimeAxis(long[] values, boolean daily) {
        this.values = values;
        this.daily = daily;
    }

    /** An axis of session dates. */
    public static TimeAxis ofDates(List<LocalDate> dates) {
        return new TimeAxis(dates.stream().mapToLong(LocalDate::toEpochDay).toArray(), true);
    }

    /** An axis of instants given as epoch seconds. */
    public static TimeAxis ofInstants(long[] epochSeconds) {
        return new TimeAxis(epochSeconds.clone(), false);
    }

    /** Whether rows are labelled by session date (else by instant). */
    public boolean isDaily() {
        return daily;
    }

    /** The number of rows. */
    public int size() {
        return values.length;
    }

    /** Row {@code i} as epoch days (daily axis) or epoch seconds (intraday axis). */
    public long value(int i) {
        return values[i];
    }

    /** Row {@code i} as ISO-8601 text. */
    public String text(int i) {
        return daily
                ? LocalDate.ofEpochDay(values[i]).toString()
                : Instant.ofEpochSecond(values[i]).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeAxis other && daily == other.daily && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Boolean.hashCode(daily);
    }

    @Override
    public String toString() {
        return "TimeAxis[" + (daily ? "dates" : "instants") + ", " + values.length + " rows]";
    }
}
