package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CagrKernelTest {

    private static final double DAY = 86400;
    private static final double YEAR = 365.25 * DAY;

    /**
     * empyrical {@code tests/test_stats.py}, {@code test_cagr}: three yearly returns of 3% have a CAGR
     * of 0.03 ({@code flat_line_yearly}). Here the years are calendar time: bars 365.25 days apart.
     */
    @Test
    void shouldMatchEmpyricalFlatLineYearly() {
        double[] returns = afterBase(new double[] {0.03, 0.03, 0.03});
        double[] time = {0, YEAR, 2 * YEAR, 3 * YEAR};
        assertThat(last("cagr", Arguments.none(), returns, time)).isCloseTo(0.03, within(1e-12));
    }

    /** The span starts at the base bar, whose return (if any) is not used. */
    @Test
    void shouldMeasureCalendarTimeFromTheBaseBar() {
        double[] time = {
            epoch(LocalDate.of(2020, 1, 1)), epoch(LocalDate.of(2021, 1, 1)), epoch(LocalDate.of(2022, 1, 1))
        };
        double[] c = series("cagr", Arguments.none(), new double[] {0.5, 0.21, 0.0}, time);
        assertThat(c[0]).isNaN();
        assertThat(c[1]).isCloseTo(Math.pow(1.21, YEAR / (366 * DAY)) - 1, within(1e-12));
        assertThat(c[2]).isCloseTo(Math.pow(1.21, YEAR / (731 * DAY)) - 1, within(1e-12));
    }

    /** Rolling, the span runs from the bar before the window's first return. */
    @Test
    void shouldSpanTheWindowAndTheBarBeforeIt() {
        double[] time = {0, 10 * DAY, 20 * DAY, 40 * DAY};
        double[] c =
                series("cagr", Arguments.none().with("window", 2), afterBase(new double[] {0.01, 0.02, 0.03}), time);
        assertThat(c[1]).isNaN();
        assertThat(c[2]).isCloseTo(Math.pow(1.01 * 1.02, YEAR / (20 * DAY)) - 1, within(1e-9));
        assertThat(c[3]).isCloseTo(Math.pow(1.02 * 1.03, YEAR / (30 * DAY)) - 1, within(1e-9));
    }

    private static double epoch(LocalDate date) {
        return date.toEpochDay() * DAY;
    }
}
