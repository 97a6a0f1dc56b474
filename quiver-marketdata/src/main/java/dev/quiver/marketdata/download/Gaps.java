package dev.quiver.marketdata.download;

import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.TradingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Date-range arithmetic of gap-aware downloads: what of a wanted range the coverage lacks, merged
 * and trimmed to the calendar's session days, so that a weekend at either edge of a gap never causes
 * a request, nor a gap made only of weekend days. Holidays are not in the calendar: a gap of only a
 * holiday is fetched once, and then covered. Stateless.
 */
final class Gaps {

    private Gaps() {}

    /** The parts of {@code wanted} that no range of {@code covered} contains, ascending. */
    static List<DateRange> missing(DateRange wanted, List<DateRange> covered) {
        List<DateRange> gaps = new ArrayList<>();
        LocalDate from = wanted.startInclusive();
        for (DateRange c : merged(covered)) {
            if (!c.endExclusive().isAfter(from) || !c.startInclusive().isBefore(wanted.endExclusive())) {
                continue;
            }
            if (c.startInclusive().isAfter(from)) {
                gaps.add(new DateRange(from, c.startInclusive()));
            }
            from = c.endExclusive();
        }
        if (from.isBefore(wanted.endExclusive())) {
            gaps.add(new DateRange(from, wanted.endExclusive()));
        }
        return gaps;
    }

    /** {@code ranges} sorted, with overlapping and touching ranges joined. */
    static List<DateRange> merged(List<DateRange> ranges) {
        List<DateRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(DateRange::startInclusive));
        List<DateRange> merged = new ArrayList<>();
        for (DateRange r : sorted) {
            DateRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !r.startInclusive().isAfter(last.endExclusive())) {
                LocalDate end = r.endExclusive().isAfter(last.endExclusive()) ? r.endExclusive() : last.endExclusive();
                merged.set(merged.size() - 1, new DateRange(last.startInclusive(), end));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** {@code ranges} each shrunk to start and end on a session day of {@code calendar}; those with none dropped. */
    static List<DateRange> sessionsOnly(List<DateRange> ranges, TradingCalendar calendar) {
        List<DateRange> trimmed = new ArrayList<>();
        for (DateRange r : ranges) {
            LocalDate first = r.startInclusive();
            LocalDate last = r.endExclusive().minusDays(1);
            while (!first.isAfter(last) && !calendar.isSessionDay(first)) {
                first = first.plusDays(1);
            }
            while (!last.isBefore(first) && !calendar.isSessionDay(last)) {
                last = last.minusDays(1);
            }
            if (!first.isAfter(last)) {
                trimmed.add(new DateRange(first, last.plusDays(1)));
            }
        }
        return trimmed;
    }
}
