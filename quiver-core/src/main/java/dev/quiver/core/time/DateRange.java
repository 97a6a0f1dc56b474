package dev.quiver.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A half-open range of session dates, {@code [startInclusive, endExclusive)}.
 *
 * <p>Either end may be open: {@link #ALL} covers every date. Immutable and thread-safe.
 *
 * @param startInclusive the first date in the range
 * @param endExclusive the first date after the range
 */
public record DateRange(LocalDate startInclusive, LocalDate endExclusive) {

    /** Every representable date. */
    public static final DateRange ALL = new DateRange(LocalDate.MIN, LocalDate.MAX);

    /** Checks that the start is not after the end. */
    public DateRange {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (startInclusive.isAfter(endExclusive)) {
            throw new IllegalArgumentException(
                    "date range starts after it ends: " + startInclusive + " > " + endExclusive);
        }
    }

    /**
     * The range from {@code from} to {@code to}, both inclusive, as people write them on a command
     * line; a null end is open.
     */
    public static DateRange closed(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? LocalDate.MIN : from;
        LocalDate end = to == null ? LocalDate.MAX : to.plusDays(1);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        return new DateRange(start, end);
    }

    /** Whether {@code date} lies inside. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /** Whether no date lies inside. */
    public boolean isEmpty() {
        return startInclusive.equals(endExclusive);
    }

    @Override
    public String toString() {
        String from = startInclusive.equals(LocalDate.MIN) ? "" : startInclusive.toString();
        String to = endExclusive.equals(LocalDate.MAX) ? "" : endExclusive.toString();
        return "[" + from + ", " + to + ")";
    }
}
