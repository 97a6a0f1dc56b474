package dev.quiver.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate JAN_2 = LocalDate.of(2020, 1, 2);
    private static final LocalDate JAN_3 = LocalDate.of(2020, 1, 3);

    @Test
    void shouldIncludeStartAndExcludeEnd() {
        DateRange range = new DateRange(JAN_2, JAN_3);

        assertThat(range.contains(JAN_2)).isTrue();
        assertThat(range.contains(JAN_3)).isFalse();
        assertThat(new DateRange(JAN_2, JAN_2).isEmpty()).isTrue();
    }

    @Test
    void shouldTurnInclusiveCommandLineDatesIntoHalfOpenRange() {
        assertThat(DateRange.closed(JAN_2, JAN_3)).isEqualTo(new DateRange(JAN_2, LocalDate.of(2020, 1, 4)));
        assertThat(DateRange.closed(null, null)).isEqualTo(DateRange.ALL);
        assertThat(DateRange.closed(null, JAN_2).toString()).isEqualTo("[, 2020-01-03)");
    }

    @Test
    void shouldRejectReversedRanges() {
        assertThatThrownBy(() -> DateRange.closed(JAN_3, JAN_2))
                .hasMessage("--from 2020-01-03 is after --to 2020-01-02");
        assertThatThrownBy(() -> new DateRange(JAN_3, JAN_2)).hasMessageContaining("starts after it ends");
    }

    @Test
    void shouldParseIntervalCodes() {
        assertThat(Interval.parse("1d")).isEqualTo(Interval.ONE_DAY);
        assertThat(Interval.parse("5M")).isEqualTo(Interval.FIVE_MINUTES);
        assertThatThrownBy(() -> Interval.parse("2d")).hasMessageContaining("expected one of 1m, 5m");
    }
}
