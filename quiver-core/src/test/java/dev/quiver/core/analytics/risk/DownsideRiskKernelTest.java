package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE;
import static dev.quiver.core.analytics.support.EmpyricalData.TWO;
import static dev.quiver.core.analytics.support.EmpyricalData.WEEKLY;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_downside_risk}, to 8 decimals
 * ({@code weekly_returns} and {@code monthly_returns} are the same values with 52 and 12 periods;
 * {@code df_simple}, {@code df_week}, {@code df_month} the columns {@code one} and {@code two}).
 */
class DownsideRiskKernelTest {

    @Test
    void shouldMatchEmpyricalOnMixedReturns() {
        assertThat(downsideRisk(MIXED, 0, 252)).isCloseTo(0.60448325038829653, within(1e-8));
        assertThat(downsideRisk(MIXED, 0.1, 252)).isCloseTo(1.7161730681956295, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalOnWeeklyAndMonthlyReturns() {
        assertThat(downsideRisk(afterBase(WEEKLY), 0, 52)).isCloseTo(0.25888650451930134, within(1e-8));
        assertThat(downsideRisk(afterBase(WEEKLY), 0.1, 52)).isCloseTo(0.7733045971672482, within(1e-8));
        assertThat(downsideRisk(afterBase(WEEKLY), 0, 12)).isCloseTo(0.1243650540411842, within(1e-8));
        assertThat(downsideRisk(afterBase(WEEKLY), 0.1, 12)).isCloseTo(0.37148351242013422, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalOnTheFrameColumns() {
        assertThat(downsideRisk(afterBase(ONE), 0, 252)).isCloseTo(0.20671788246185202, within(1e-8));
        assertThat(downsideRisk(afterBase(TWO), 0, 252)).isCloseTo(0.083495680595704475, within(1e-8));
        assertThat(downsideRisk(afterBase(ONE), 0, 52)).isCloseTo(0.093902996054410062, within(1e-8));
        assertThat(downsideRisk(afterBase(TWO), 0, 52)).isCloseTo(0.037928477556776516, within(1e-8));
        assertThat(downsideRisk(afterBase(ONE), 0, 12)).isCloseTo(0.045109540184877193, within(1e-8));
        assertThat(downsideRisk(afterBase(TWO), 0, 12)).isCloseTo(0.018220251263412916, within(1e-8));
    }

    @Test
    void shouldBeZeroWithoutShortfall() {
        assertThat(downsideRisk(afterBase(new double[] {0.01, 0.02}), 0, 252)).isZero();
    }

    static double downsideRisk(double[] returns, double requiredReturn, int periods) {
        return last(
                "downside_risk",
                Arguments.none().with("required_return", requiredReturn).with("periods", periods),
                returns);
    }
}
