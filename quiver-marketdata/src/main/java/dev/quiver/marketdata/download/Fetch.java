package dev.quiver.marketdata.download;

import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.TradingCalendar;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of a download and what it covers once answered.
 *
 * @param ask the session dates asked of the source: a gap trimmed to session days
 * @param covers the gap itself, weekend edges included, recorded as covered once the answer is stored
 *     (up to the last complete day)
 */
record Fetch(DateRange ask, DateRange covers) {

    /**
     * The fetches that fill what {@code covered} lacks of {@code wanted}; with {@code refresh} the
     * dates of {@code refresh} are fetched again too. Ascending; none for a gap without session days.
     */
    static List<Fetch> plan(DateRange wanted, List<DateRange> covered, DateRange refresh, TradingCalendar calendar) {
        List<DateRange> gaps = new ArrayList<>(Gaps.missing(wanted, covered));
        if (!refresh.isEmpty()) {
            gaps.add(refresh);
        }
        List<Fetch> fetches = new ArrayList<>();
        for (DateRange gap : Gaps.merged(gaps)) {
            for (DateRange ask : Gaps.sessionsOnly(List.of(gap), calendar)) {
                fetches.add(new Fetch(ask, gap));
            }
        }
        return fetches;
    }
}
