package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/** Expected values: empyrical {@code tests/test_stats.py}, {@code test_cum_returns}, to 4 decimals as there. */
class CumReturnsKernelTest {

    private static final double[] MIXED_0 = {0.0, 0.01, 0.111, 0.066559, 0.08789, 0.12052, 0.14293, 0.15436, 0.03893};
    private static final double[] MIXED_100 = {
        100.0, 101.0, 111.1, 106.65599, 108.78912, 112.05279, 114.29384, 115.43678, 103.89310
    };
    private static final double[] NEGATIVE_0 = {
        0.0, -0.06, -0.1258, -0.13454, -0.21243, -0.22818, -0.27449, -0.33253, -0.36590
    };

    @Test
    void shouldCompoundMixedReturnsFromTheBaseBar() {
        double[] c = series("cum_returns", Arguments.none(), MIXED);
        assertThat(c[0]).as("the base bar has no return, so no cell").isNaN();
        for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).as("bar %d", i).isCloseTo(MIXED_0[i], within(1.5e-4));
        }
    }

    @Test
    void shouldGiveWealthWithAStartingValue() {
        double[] c = series("cum_returns", Arguments.none().with("starting_value", 100), MIXED);
        for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).as("bar %d", i).isCloseTo(MIXED_100[i], within(1.5e-4));
        }
    }

    @Test
    void shouldCompoundEveryReturnGivenAfterABaseBar() {
        double[] c = series("cum_returns", Arguments.none(), afterBase(NEGATIVE));
        for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).as("bar %d", i).isCloseTo(NEGATIVE_0[i - 1], within(1.5e-4));
        }
    }

    @Test
    void shouldStartFromZeroAtABaseBarWithAValue() {
        double[] c = series("cum_returns", Arguments.none(), NEGATIVE);
        assertThat(c[0]).isZero();
        assertThat(series("cum_returns", Arguments.none().with("starting_value", 100), NEGATIVE)[0])
                .isEqualTo(100.0);
        for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).as("bar %d", i).isCloseTo(NEGATIVE_0[i], within(1.5e-4));
        }
    }
}
