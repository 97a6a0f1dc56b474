package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE;
import static dev.quiver.core.analytics.support.EmpyricalData.POSITIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.SIMPLE_BENCHMARK;
import static dev.quiver.core.analytics.support.EmpyricalData.TWO;
import static dev.quiver.core.analytics.support.EmpyricalData.WEEKLY;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.EmpyricalData;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_sortino}, to 8 decimals. Its
 * {@code flat_line_1} required return is a constant 1% per period.
 */
class SortinoRatioKernelTest {

    @Test
    void shouldMatchEmpyricalOnDailyReturns() {
        assertThat(sortino(MIXED, 0, 252)).isCloseTo(2.605531251673693, within(1e-8));
        assertThat(sortino(MIXED, 0.01, 252)).isCloseTo(-1.3934779588919977, within(1e-8));
        assertThat(sortino(afterBase(NEGATIVE), 0, 252)).isCloseTo(-13.532743075043401, within(1e-8));
    }

    @Test
    void shouldBeInfiniteWithoutShortfall() {
        assertThat(sortino(afterBase(POSITIVE), 0, 252)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(sortino(afterBase(SIMPLE_BENCHMARK), 0, 252)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void shouldMatchEmpyricalOnWeeklyAndMonthlyReturns() {
        assertThat(sortino(afterBase(WEEKLY), 0, 52)).isCloseTo(1.1158901056866439, within(1e-8));
        assertThat(sortino(afterBase(WEEKLY), 0, 12)).isCloseTo(0.53605626741889756, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalOnTheFrameColumns() {
        assertThat(sortino(afterBase(ONE), 0, 252)).isCloseTo(3.0639640966566306, within(1e-8));
        assertThat(sortino(afterBase(TWO), 0, 252)).isCloseTo(38.090963117002495, within(1e-8));
        assertThat(sortino(afterBase(ONE), 0, 52)).isCloseTo(1.3918264112070571, within(1e-8));
        assertThat(sortino(afterBase(TWO), 0, 52)).isCloseTo(17.303077589064618, within(1e-8));
        assertThat(sortino(afterBase(ONE), 0, 12)).isCloseTo(0.6686117809312383, within(1e-8));
        assertThat(sortino(afterBase(TWO), 0, 12)).isCloseTo(8.3121296084492844, within(1e-8));
    }

    /** The last shortfall leaving a rolling window leaves none: infinite, as with no shortfall at all. */
    @Test
    void shouldBeInfiniteOnceTheLastShortfallLeavesTheWindow() {
        double[] returns = afterBase(new double[] {0.013, -0.007, -0.011, 0.02, 0.03, 0.01});
        double[] s = EmpyricalData.series("sortino_ratio", Arguments.none().with("window", 3), returns);
        assertThat(s[5]).isFinite();
        assertThat(s[6]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    private static double sortino(double[] returns, double requiredReturn, int periods) {
        return last(
                "sortino_ratio",
                Arguments.none().with("required_return", requiredReturn).with("periods", periods),
                returns);
    }
}
