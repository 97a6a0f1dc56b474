package dev.quiver.core.engine.pull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The session dates of a subject's bars, onto which other assets' values are aligned. Immutable.
 */
final class Timeline {

    private final long[] days;

    private Timeline(long[] days) {
        this.days = days;
    }

    /** The epoch days of bars starting at {@code times} (epoch seconds) in {@code zone}. */
    static Timeline of(long[] times, ZoneId zone) {
        long[] days = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            days[i] = LocalDate.ofInstant(Instant.ofEpochSecond(times[i]), zone).toEpochDay();
        }
        return new Timeline(days);
    }

    int size() {
        return days.length;
    }

    /** The first index whose date is on or after {@code date}; {@link #size()} if none. */
    int indexAtOrAfter(LocalDate date) {
        if (date.equals(LocalDate.MIN)) {
            return 0;
        }
        if (date.equals(LocalDate.MAX)) {
            return days.length;
        }
        int i = Arrays.binarySearch(days, date.toEpochDay());
        return i >= 0 ? i : -i - 1;
    }

    /** {@code values} (on {@code other}'s dates) placed on this timeline under {@code alignment}. */
    double[] align(Timeline other, double[] values, Alignment alignment) {
        double[] out = new double[days.length];
        int j = 0;
        double last = Double.NaN;
        for (int i = 0; i < days.length; i++) {
            while (j < other.days.length && other.days[j] <= days[i]) {
                last = values[j];
                j++;
            }
            boolean exact = j > 0 && other.days[j - 1] == days[i];
            out[i] = exact || alignment == Alignment.ASOF ? last : Double.NaN;
        }
        return out;
    }
}
