package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.WEEKLY;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_annual_ret} (to 8 decimals as
 * there). empyrical counts the leading NaN of {@code mixed_returns} as a bar, and the leading 0 of
 * {@code weekly_returns}/{@code monthly_returns} as one: here each is the base bar.
 */
class AnnualReturnKernelTest {

    @Test
    void shouldCountTheBaseBarWithDailyPeriods() {
        assertThat(last("annual_return", Arguments.none(), MIXED)).isCloseTo(1.9135925373194231, within(1e-8));
    }

    @Test
    void shouldAnnualiseWeeklyAndMonthlyReturns() {
        assertThat(last("annual_return", Arguments.none().with("periods", 52), WEEKLY))
                .isCloseTo(0.24690830513998208, within(1e-8));
        assertThat(last("annual_return", Arguments.none().with("periods", 12), WEEKLY))
                .isCloseTo(0.052242061386048144, within(1e-8));
    }

    @Test
    void shouldHaveNoValueAtTheBaseBar() {
        double[] a = series("annual_return", Arguments.none(), WEEKLY);
        assertThat(a[0]).isNaN();
        assertThat(a[1]).isCloseTo(Math.pow(1.01, 252 / 2.0) - 1, within(1e-9));
    }
}
