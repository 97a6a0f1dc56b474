package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE_RETURN;
import static dev.quiver.core.analytics.support.EmpyricalData.POSITIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.flatLine;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_sharpe_ratio} and {@code
 * test_roll_sharpe_ratio}, to 8 decimals. (Its cases with a risk-free <em>series</em> do not apply:
 * {@code risk_free} is a constant here.)
 */
class SharpeRatioKernelTest {

    @Test
    void shouldMatchEmpyricalSharpeRatio() {
        assertThat(last("sharpe_ratio", Arguments.none(), MIXED)).isCloseTo(1.7238613961706866, within(1e-8));
        assertThat(last("sharpe_ratio", Arguments.none(), afterBase(POSITIVE)))
                .isCloseTo(52.915026221291804, within(1e-8));
        assertThat(last("sharpe_ratio", Arguments.none(), afterBase(NEGATIVE)))
                .isCloseTo(-24.406808633910085, within(1e-8));
        assertThat(last("sharpe_ratio", Arguments.none(), afterBase(flatLine(9))))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(last("sharpe_ratio", Arguments.none(), afterBase(ONE_RETURN)))
                .isNaN();
    }

    /** empyrical's sharpe_translation tests: moving returns and risk-free rate together changes nothing. */
    @Test
    void shouldDependOnExcessReturnsOnly() {
        double[] raised = MIXED.clone();
        for (int i = 1; i < raised.length; i++) {
            raised[i] += 0.005;
        }
        assertThat(last("sharpe_ratio", Arguments.none().with("risk_free", 0.005), raised))
                .isCloseTo(1.7238613961706866, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalRollingSharpeRatio() {
        double[] negative = series("sharpe_ratio", Arguments.none().with("window", 6), afterBase(NEGATIVE));
        double[] expected = {-18.09162052, -26.79897486, -26.69138263, -25.72298838};
        for (int i = 0; i < expected.length; i++) {
            assertThat(negative[6 + i]).isCloseTo(expected[i], within(1e-8));
        }
        assertThat(negative[5]).isNaN();
        double[] five = series("sharpe_ratio", Arguments.none().with("window", 5), MIXED);
        double[] six = series("sharpe_ratio", Arguments.none().with("window", 6), MIXED);
        assertThat(five[5]).isCloseTo(7.57445259, within(1e-8));
        assertThat(six[6]).isCloseTo(8.22784105, within(1e-8));
        assertThat(six[7]).isCloseTo(8.22784105, within(1e-8));
        assertThat(six[8]).isCloseTo(-3.1374751, within(1e-8));
    }
}
