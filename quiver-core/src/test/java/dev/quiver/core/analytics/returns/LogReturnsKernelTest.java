package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;

class LogReturnsKernelTest {

    /** By definition {@code ln(p_t / p_{t-1}) = ln(1 + r_t)}, with r the simple return. */
    @Test
    void shouldBeTheLogOfOnePlusTheSimpleReturn() {
        double[] close = TestData.spy().close();
        double[] log = series("log_returns", Arguments.none(), close);
        double[] simple = series("returns", Arguments.none(), close);
        assertThat(log[0]).isNaN();
        for (int i = 1; i < close.length; i++) {
            assertThat(log[i]).isCloseTo(Math.log1p(simple[i]), within(1e-12));
        }
    }

    /** Log returns add up: their sum over a range is the log of the price ratio. */
    @Test
    void shouldAddUpToTheLogOfThePriceRatio() {
        double[] close = TestData.spy().close();
        double[] log = series("log_returns", Arguments.none(), close);
        double sum = 0;
        for (int i = 1; i < log.length; i++) {
            sum += log[i];
        }
        assertThat(sum).isCloseTo(Math.log(close[close.length - 1] / close[0]), within(1e-9));
    }
}
