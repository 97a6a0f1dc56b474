package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE_RETURN;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.flatLine;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/** Expected values: empyrical {@code tests/test_stats.py}, {@code test_stability_of_timeseries}, to 8 decimals. */
class StabilityKernelTest {

    @Test
    void shouldMatchEmpyricalOnMixedReturns() {
        assertThat(last("stability_of_timeseries", Arguments.none(), MIXED))
                .isCloseTo(0.1529973665111273, within(1e-8));
    }

    @Test
    void shouldBeOneForAConstantGrowthRate() {
        assertThat(last("stability_of_timeseries", Arguments.none(), afterBase(flatLine(1000))))
                .isCloseTo(1.0, within(1e-8));
    }

    @Test
    void shouldHaveNoValueForASingleReturn() {
        assertThat(last("stability_of_timeseries", Arguments.none(), afterBase(ONE_RETURN)))
                .isNaN();
    }

    @Test
    void shouldBeZeroWithoutGrowth() {
        assertThat(last("stability_of_timeseries", Arguments.none(), afterBase(new double[] {0, 0, 0})))
                .isZero();
    }
}
