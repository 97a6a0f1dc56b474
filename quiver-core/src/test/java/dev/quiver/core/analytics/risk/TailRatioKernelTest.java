package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE_RETURN;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * After empyrical {@code tests/test_stats.py}, {@code test_tail_ratio}, which checks to 1 decimal
 * ({@code assert_almost_equal(..., 1)}): its {@code mixed_returns} value 0.947 is that tolerance
 * away from the percentiles of the 8 returns, which numpy's definition pins down exactly.
 */
class TailRatioKernelTest {

    @Test
    void shouldMatchEmpyricalToItsTolerance() {
        assertThat(tail(MIXED)).isCloseTo(0.9473684210526313, within(0.15));
        assertThat(tail(afterBase(ONE_RETURN))).isCloseTo(1.0, within(0.15));
    }

    /**
     * numpy's linear percentiles of the sorted returns {@code -10, -4, 1, 1, 2, 2, 3, 10} (%): P95 at
     * index 6.65 is {@code 3 + 0.65 * 7}, P5 at index 0.35 is {@code -10 + 0.35 * 6}.
     */
    @Test
    void shouldDivideTheRightTailByTheLeft() {
        assertThat(tail(MIXED)).isCloseTo((3 + 0.65 * 7) / (10 - 0.35 * 6), within(1e-12));
    }

    /** As empyrical's {@code random_100k} case, with 20,000 standard normal draws: symmetric tails. */
    @Test
    void shouldBeAboutOneForSymmetricReturns() {
        Random random = new Random(1337);
        double[] r = new double[20_000];
        for (int i = 0; i < r.length; i++) {
            r[i] = random.nextGaussian();
        }
        assertThat(tail(afterBase(r))).isCloseTo(1.0, within(0.15));
    }

    private static double tail(double[] returns) {
        return last("tail_ratio", Arguments.none(), returns);
    }
}
