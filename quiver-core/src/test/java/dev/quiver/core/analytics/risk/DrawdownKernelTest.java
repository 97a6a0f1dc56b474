package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.UDU;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

class DrawdownKernelTest {

    /**
     * empyrical {@code tests/test_stats.py}: "negative returns means the drawdown is just the
     * returns" ({@code test_max_drawdown}); wealth never regains its initial peak, so the drawdown is
     * the cumulative return of {@code test_cum_returns}'s {@code negative_returns} case (4 decimals).
     */
    @Test
    void shouldFollowCumulativeReturnsBelowTheInitialPeak() {
        double[] expected = {0.0, -0.06, -0.1258, -0.13454, -0.21243, -0.22818, -0.27449, -0.33253, -0.36590};
        double[] d = series("drawdown", Arguments.none(), afterBase(NEGATIVE));
        for (int i = 1; i < d.length; i++) {
            assertThat(d[i]).as("bar %d", i).isCloseTo(expected[i - 1], within(1.5e-4));
        }
    }

    /** Up 10%, down 10%, up 10%: wealth 1.1, 0.99, 1.089 against the peak 1.1. */
    @Test
    void shouldMeasureFromTheRunningPeak() {
        double[] d = series("drawdown", Arguments.none(), afterBase(UDU));
        assertThat(d[0]).isNaN();
        assertThat(d[1]).isZero();
        assertThat(d[2]).isCloseTo(0.99 / 1.1 - 1, within(1e-15));
        assertThat(d[3]).isCloseTo(1.089 / 1.1 - 1, within(1e-15));
    }

    @Test
    void shouldBeZeroAtABaseBarWithAValue() {
        assertThat(series("drawdown", Arguments.none(), UDU)[0]).isZero();
    }
}
