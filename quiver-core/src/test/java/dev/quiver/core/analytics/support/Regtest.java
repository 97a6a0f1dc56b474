package dev.quiver.core.analytics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.BoundAnalytic;

/**
 * Checks against the expected values published in TA-Lib's regression tests ({@code
 * src/tools/ta_regtest/ta_test_func/test_*.c} of TA-Lib 0.4.0), computed on {@link
 * TestData#talibReference()}. As there, an expected value is given at an index counted from the
 * first output ({@code outBegIdx}), and matches within 0.01 ({@code checkExpectedValue} in {@code
 * ta_regtest/test_util.c} uses {@code TA_REAL_EQ(expected, actual, 0.01)}).
 */
public final class Regtest {

    private Regtest() {}

    /** The outputs of {@code analytic} over the reference data's default inputs. */
    public static double[][] outputs(BoundAnalytic analytic) {
        Bars ref = TestData.talibReference();
        return analytic.batchKernel().compute(ref.columns(analytic.inputs()));
    }

    /**
     * Asserts TA-Lib's {@code expectedBegIdx} (our lookback) and one expected value.
     *
     * @param output which output (TA-Lib's output order)
     * @param outIndex index in TA-Lib's output array, from {@code outBegIdx}
     */
    public static void assertValue(
            BoundAnalytic analytic, int expectedBegIdx, int output, int outIndex, double expected) {
        Bars ref = TestData.talibReference();
        assertValue(analytic, ref.columns(analytic.inputs()), expectedBegIdx, output, outIndex, expected);
    }

    /** As {@link #assertValue(BoundAnalytic, int, int, int, double)} with the given input columns. */
    public static void assertValue(
            BoundAnalytic analytic, double[][] inputs, int expectedBegIdx, int output, int outIndex, double expected) {
        assertThat(analytic.lookback()).as("%s outBegIdx", analytic).isEqualTo(expectedBegIdx);
        double actual = analytic.batchKernel().compute(inputs)[output][expectedBegIdx + outIndex];
        assertThat(actual)
                .as("%s output %d at out index %d", analytic, output, outIndex)
                .isCloseTo(expected, within(0.01));
    }
}
