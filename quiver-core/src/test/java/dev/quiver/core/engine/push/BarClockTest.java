package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.time.Interval;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BarClockTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long at(LocalDateTime local) {
        return local.atZone(NEW_YORK).toEpochSecond();
    }

    @Test
    void shouldStartDailyBarsAtMidnightOfTheSessionDate() {
        BarClock daily = new BarClock(Interval.ONE_DAY, NEW_YORK);
        long start = daily.startOf(at(LocalDateTime.of(2024, 3, 8, 23, 59)));

        assertThat(start).isEqualTo(at(LocalDateTime.of(2024, 3, 8, 0, 0)));
        assertThat(daily.keyOf(start)).isEqualTo(LocalDate.of(2024, 3, 8).toEpochDay());
    }

    @Test
    void shouldEndADailyBarAtTheNextMidnightAcrossAChangeOfOffset() {
        BarClock daily = new BarClock(Interval.ONE_DAY, NEW_YORK);
        long start = at(LocalDateTime.of(2024, 3, 10, 0, 0));

        assertThat(daily.endOf(start) - start).as("a 23-hour day").isEqualTo(23 * 3600);
    }

    @Test
    void shouldAlignIntradayBarsToTheLocalClock() {
        BarClock hourly = new BarClock(Interval.ONE_HOUR, ZoneId.of("Asia/Kolkata"));
        long tick = LocalDateTime.of(2024, 1, 2, 10, 59)
                .atZone(ZoneId.of("Asia/Kolkata"))
                .toEpochSecond();
        long start = hourly.startOf(tick);

        assertThat(start)
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 10, 0)
                        .atZone(ZoneId.of("Asia/Kolkata"))
                        .toEpochSecond());
        assertThat(hourly.endOf(start)).isEqualTo(start + 3600);
        assertThat(hourly.keyOf(start)).isEqualTo(start);
    }
}
