package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/** Expected values: empyrical {@code tests/test_stats.py}, {@code test_value_at_risk} (numpy's linear percentile). */
class ValueAtRiskKernelTest {

    @Test
    void shouldInterpolateBetweenTwoReturns() {
        double[] returns = afterBase(new double[] {1.0, 2.0});
        assertThat(valueAtRisk(returns, 0.0)).isCloseTo(1.0, within(1e-12));
        assertThat(valueAtRisk(returns, 0.3)).isCloseTo(1.3, within(1e-12));
        assertThat(valueAtRisk(returns, 1.0)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void shouldInterpolateInAnUnevenSample() {
        double[] returns = afterBase(new double[] {1, 81, 82, 83, 84, 85});
        assertThat(valueAtRisk(returns, 0.1)).isCloseTo(41, within(1e-12));
        assertThat(valueAtRisk(returns, 0.2)).isCloseTo(81, within(1e-12));
        assertThat(valueAtRisk(returns, 0.3)).isCloseTo(81.5, within(1e-12));
    }

    @Test
    void shouldNotDependOnTheOrderOfReturns() {
        double[] returns = afterBase(new double[] {84, 1, 83, 85, 81, 82});
        assertThat(valueAtRisk(returns, 0.1)).isCloseTo(41, within(1e-12));
    }

    static double valueAtRisk(double[] returns, double cutoff) {
        return last("value_at_risk", Arguments.none().with("cutoff", cutoff), returns);
    }
}
