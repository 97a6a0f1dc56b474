package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE_RETURN;
import static dev.quiver.core.analytics.support.EmpyricalData.WEEKLY;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_calmar}, to 8 decimals. As in
 * {@code annual_return}, the leading 0 of {@code weekly_returns} is the base bar.
 */
class CalmarRatioKernelTest {

    @Test
    void shouldMatchEmpyricalCalmarRatio() {
        assertThat(last("calmar_ratio", Arguments.none(), MIXED)).isCloseTo(19.135925373194233, within(1e-8));
        assertThat(last("calmar_ratio", Arguments.none().with("periods", 52), WEEKLY))
                .isCloseTo(2.4690830513998208, within(1e-8));
        assertThat(last("calmar_ratio", Arguments.none().with("periods", 12), WEEKLY))
                .isCloseTo(0.52242061386048144, within(1e-8));
    }

    @Test
    void shouldHaveNoValueWithoutADrawdown() {
        assertThat(last("calmar_ratio", Arguments.none(), afterBase(ONE_RETURN)))
                .isNaN();
    }
}
