package dev.quiver.marketdata.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.TradingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapsTest {

    private static DateRange range(String from, String toExclusive) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(toExclusive));
    }

    @Test
    void shouldFindWhatTheCoverageLacksOfTheWantedRange() {
        List<DateRange> covered = List.of(range("2024-01-10", "2024-01-20"), range("2024-01-15", "2024-01-25"));

        assertThat(Gaps.missing(range("2024-01-01", "2024-02-01"), covered))
                .containsExactly(range("2024-01-01", "2024-01-10"), range("2024-01-25", "2024-02-01"));
        assertThat(Gaps.missing(range("2024-01-12", "2024-01-22"), covered)).isEmpty();
    }

    @Test
    void shouldJoinTouchingRanges() {
        assertThat(Gaps.merged(List.of(range("2024-01-08", "2024-01-10"), range("2024-01-01", "2024-01-08"))))
                .containsExactly(range("2024-01-01", "2024-01-10"));
    }

    @Test
    void shouldTrimWeekendEdgesAndDropAGapOfOnlyAWeekend() {
        List<DateRange> gaps = List.of(range("2024-01-06", "2024-01-08"), range("2024-01-13", "2024-01-22"));

        assertThat(Gaps.sessionsOnly(gaps, TradingCalendar.weekdays()))
                .containsExactly(range("2024-01-15", "2024-01-20"));
        assertThat(Gaps.sessionsOnly(gaps, TradingCalendar.continuous())).isEqualTo(gaps);
    }

    @Test
    void shouldPlanTheRefreshedDaysAlthoughCoveredAndRecordTheUntrimmedGap() {
        DateRange wanted = range("2024-01-01", "2024-02-01");
        List<DateRange> covered = List.of(range("2024-01-01", "2024-01-27"));

        List<Fetch> plan = Fetch.plan(wanted, covered, range("2024-01-20", "2024-02-01"), TradingCalendar.weekdays());

        assertThat(plan)
                .containsExactly(new Fetch(range("2024-01-22", "2024-02-01"), range("2024-01-20", "2024-02-01")));
        assertThat(Fetch.plan(wanted, covered, range("2024-02-01", "2024-02-01"), TradingCalendar.weekdays()))
                .containsExactly(new Fetch(range("2024-01-29", "2024-02-01"), range("2024-01-27", "2024-02-01")));
    }
}
