package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalData.ALL_NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE_RETURN;
import static dev.quiver.core.analytics.support.EmpyricalData.POSITIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical {@code tests/test_stats.py}, {@code test_capture_ratio}, {@code
 * test_up_capture}, {@code test_down_capture}, {@code test_roll_up_capture} and {@code
 * test_roll_down_capture}, to 8 decimals. The benchmark is always {@code mixed_returns}, whose first
 * bar, a NaN, is the base bar; empyrical's filters drop that bar too. Rolling: empyrical's first
 * window of 6 holds that NaN and 5 returns, which is Quiver's window of 5 at bar 5; its later
 * windows are Quiver's windows of 6.
 */
class CaptureKernelTest {

    private static final Arguments NONE = Arguments.none();

    @Test
    void shouldBeOneAgainstItself() {
        assertThat(last("capture", NONE, MIXED, MIXED)).isCloseTo(1.0, within(1e-8));
        assertThat(last("capture", NONE, afterBase(ONE_RETURN), afterBase(ONE_RETURN)))
                .isCloseTo(1.0, within(1e-8));
        assertThat(last("up_capture", NONE, MIXED, MIXED)).isCloseTo(1.0, within(1e-8));
        assertThat(last("down_capture", NONE, MIXED, MIXED)).isCloseTo(1.0, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalUpCapture() {
        assertThat(last("up_capture", NONE, MIXED, POSITIVE)).isCloseTo(0.0076167762, within(1e-8));
        assertThat(last("up_capture", NONE, MIXED, ALL_NEGATIVE)).isCloseTo(-0.0004336328, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalDownCapture() {
        assertThat(last("down_capture", NONE, MIXED, ALL_NEGATIVE)).isCloseTo(0.99956025703798634, within(1e-8));
        assertThat(last("down_capture", NONE, MIXED, POSITIVE)).isCloseTo(-11.27400221, within(1e-8));
    }

    @Test
    void shouldMatchEmpyricalRollingUpCapture() {
        assertRolling("up_capture", POSITIVE, 0.00128406, 0.00291564, 0.00171499, 0.0777048);
        assertRolling("up_capture", ALL_NEGATIVE, -5.88144154e-05, -1.52119182e-04, -1.52119198e-04, -6.89238735e-03);
    }

    @Test
    void shouldMatchEmpyricalRollingDownCapture() {
        assertRolling("down_capture", POSITIVE, -11.2743862, -11.2743862, -11.2743862, -11.27400221);
        assertRolling("down_capture", ALL_NEGATIVE, 0.92058591, 0.92058591, 0.92058591, 0.99956026);
    }

    @Test
    void shouldWaitForABarOfItsSide() {
        double[] benchmark = afterBase(new double[] {-0.01, -0.02, 0.01});
        double[] subject = afterBase(new double[] {-0.02, -0.01, 0.02});
        double[] up = series("up_capture", NONE, benchmark, subject);
        assertThat(up[1]).isNaN();
        assertThat(up[2]).isNaN();
        assertThat(up[3]).isCloseTo(Math.expm1(252 * Math.log(1.02)) / Math.expm1(252 * Math.log(1.01)), within(1e-6));
    }

    private static void assertRolling(String name, double[] subject, double... expected) {
        double[] five = series(name, NONE.with("window", 5), MIXED, subject);
        double[] six = series(name, NONE.with("window", 6), MIXED, subject);
        assertThat(five[5]).as("window ending at bar 5").isCloseTo(expected[0], within(1e-8));
        for (int i = 1; i < 4; i++) {
            assertThat(six[5 + i]).as("window ending at bar %d", 5 + i).isCloseTo(expected[i], within(1e-8));
        }
        assertThat(six[5]).isNaN();
    }
}
