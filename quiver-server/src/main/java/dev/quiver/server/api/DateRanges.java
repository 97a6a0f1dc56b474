package dev.quiver.server.api;

import dev.quiver.core.time.DateRange;
import dev.quiver.server.http.BadParameterException;
import dev.quiver.server.http.LimitExceededException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Turns {@code from} and {@code to} (inclusive dates, either optional) into a range within the
 * limit. Without {@code to} the range is open at the end (today, by the clock, counts as its end for
 * the limit); without {@code from} it starts {@code maxRangeDays} before its end, so a request with
 * neither gets the latest allowed span. Immutable and thread-safe.
 */
final class DateRanges {

    private final Limits limits;
    private final Clock clock;

    DateRanges(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** The range of the request. */
    DateRange of(String fromText, String toText) {
        LocalDate from = Params.date("from", fromText);
        LocalDate to = Params.date("to", toText);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from " + from + " is after to " + to);
        }
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusDays(limits.maxRangeDays() - 1L);
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > limits.maxRangeDays()) {
            throw LimitExceededException.parameter(
                    "from",
                    limits.maxRangeDays(),
                    "the range " + first + " to " + last + " spans " + days + " days, over the limit of "
                            + limits.maxRangeDays() + " days");
        }
        return new DateRange(first, to == null ? LocalDate.MAX : to.plusDays(1));
    }
}
