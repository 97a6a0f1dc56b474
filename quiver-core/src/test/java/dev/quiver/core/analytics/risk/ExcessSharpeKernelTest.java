package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.constant;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static dev.quiver.core.analytics.support.EmpyricalData.linspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_excess_sharpe}, and the same
 * cases under {@code test_information_ratio} in the empyrical versions that used that name, to 8
 * decimals. Inputs: the benchmark's returns, then the subject's.
 */
class ExcessSharpeKernelTest {

    @ParameterizedTest
    @ValueSource(strings = {"excess_sharpe", "information_ratio"})
    void shouldMatchEmpyrical(String name) {
        assertThat(last(name, Arguments.none(), constant(MIXED.length, 0), MIXED))
                .isCloseTo(0.10859306069076737, within(1e-8));
        assertThat(last(name, Arguments.none(), constant(MIXED.length, 0.01), MIXED))
                .isCloseTo(-0.06515583641446039, within(1e-8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"excess_sharpe", "information_ratio"})
    void shouldHaveNoValueWithoutActiveReturns(String name) {
        double[] line = afterBase(linspace(0, 1, 1000));
        assertThat(last(name, Arguments.none(), line, line)).isNaN();
    }
}
