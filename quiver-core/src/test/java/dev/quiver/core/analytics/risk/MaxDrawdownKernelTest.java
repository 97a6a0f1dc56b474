package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.ALL_NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE_RETURN;
import static dev.quiver.core.analytics.support.EmpyricalData.POSITIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.SIMPLE_BENCHMARK;
import static dev.quiver.core.analytics.support.EmpyricalData.UDU;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_max_drawdown} (8 decimals;
 * {@code all_negative_returns} from empyrical-reloaded's copy) and {@code test_roll_max_drawdown}
 * (4 decimals).
 */
class MaxDrawdownKernelTest {

    @Test
    void shouldMatchEmpyricalMaxDrawdown() {
        assertThat(maxDrawdown(afterBase(ONE_RETURN))).isZero();
        assertThat(maxDrawdown(afterBase(SIMPLE_BENCHMARK))).isZero();
        assertThat(maxDrawdown(MIXED)).isCloseTo(-0.1, within(1e-8));
        assertThat(maxDrawdown(afterBase(POSITIVE))).isZero();
        assertThat(maxDrawdown(afterBase(NEGATIVE))).isCloseTo(-0.36590730349873601, within(1e-8));
        assertThat(maxDrawdown(afterBase(ALL_NEGATIVE))).isCloseTo(-0.378589157, within(1e-8));
        assertThat(maxDrawdown(afterBase(UDU))).isCloseTo(-0.10, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalRollingMaxDrawdown() {
        double[] m = series("max_drawdown", Arguments.none().with("window", 6), afterBase(NEGATIVE));
        double[] expected = {-0.2282, -0.2745, -0.2899, -0.2747};
        for (int i = 0; i < 5; i++) {
            assertThat(m[i]).isNaN();
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(m[6 + i]).as("window ending at bar %d", 6 + i).isCloseTo(expected[i], within(1e-4));
        }
    }

    @Test
    void shouldBeZeroAtTheBaseBarWhenExpanding() {
        assertThat(series("max_drawdown", Arguments.none(), NEGATIVE)[0]).isZero();
        assertThat(series("max_drawdown", Arguments.none().with("window", 2), NEGATIVE)[0])
                .isNaN();
    }

    private static double maxDrawdown(double[] returns) {
        return last("max_drawdown", Arguments.none(), returns);
    }
}
