package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.POSITIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.EmpyricalData;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_omega}, to 8 decimals. Its
 * {@code required_return} is annual and empyrical turns it into {@code (1 + required_return) ^ (1 /
 * 252) - 1} per period; Quiver's is per period, so the test gives that per-period value.
 */
class OmegaRatioKernelTest {

    @Test
    void shouldMatchEmpyricalWithARequiredReturn() {
        double perPeriod = Math.pow(1 + 10.0, 1.0 / 252) - 1;
        assertThat(omega(MIXED, 0, perPeriod)).isCloseTo(0.83354263497557934, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalWithARiskFreeRate() {
        assertThat(omega(MIXED, 0.01, 0)).isCloseTo(0.8125, within(1e-8));
        assertThat(omega(afterBase(POSITIVE), 0.011, 0)).isCloseTo(1.125, within(1e-8));
        assertThat(omega(afterBase(POSITIVE), 0.02, 0)).isZero();
        assertThat(omega(afterBase(NEGATIVE), 0.01, 0)).isZero();
    }

    @Test
    void shouldHaveNoValueWithoutALoss() {
        assertThat(omega(afterBase(POSITIVE), 0.01, 0)).isNaN();
    }

    /** The last loss leaving a rolling window leaves no loss: empty, not a large number left by rounding. */
    @Test
    void shouldHaveNoValueOnceTheLastLossLeavesTheWindow() {
        double[] returns = afterBase(new double[] {0.013, -0.007, -0.011, 0.02, 0.03, 0.01});
        double[] o = EmpyricalData.series("omega_ratio", Arguments.none().with("window", 3), returns);
        assertThat(o[5]).isCloseTo((0.02 + 0.03) / 0.011, within(1e-12));
        assertThat(o[6]).isNaN();
    }

    private static double omega(double[] returns, double riskFree, double requiredReturn) {
        return last(
                "omega_ratio",
                Arguments.none().with("risk_free", riskFree).with("required_return", requiredReturn),
                returns);
    }
}
