package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.NEGATIVE;
import static dev.quiver.core.analytics.support.EmpyricalData.ONE_RETURN;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.output;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/**
 * Expected values: empyrical-reloaded (stefan-jansen/empyrical-reloaded, the maintained empyrical)
 * {@code tests/test_stats.py}, {@code test_alpha_beta} and {@code test_roll_alpha_beta}, to 8
 * decimals: alpha compounded, {@code (1 + mean) ^ 252 - 1}, as the spec says. Inputs: the factor's
 * returns, then the subject's; the first bar, where {@code mixed_returns} is NaN, is the base bar.
 */
class AlphaBetaKernelTest {

    @Test
    void shouldMatchEmpyricalAlphaAndBeta() {
        assertAlphaBeta(NEGATIVE, MIXED, -0.9997853834885004, -0.71296296296296313);
    }

    @Test
    void shouldHaveNoAlphaAgainstItself() {
        double[] inverse = MIXED.clone();
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = -inverse[i];
        }
        assertAlphaBeta(MIXED, MIXED, 0.0, 1.0);
        assertAlphaBeta(inverse, MIXED, 0.0, -1.0);
    }

    @Test
    void shouldHaveNoBetaWithoutFactorVariance() {
        double[] one = afterBase(ONE_RETURN);
        assertThat(last(0, Arguments.none(), one, one)).isNaN();
        assertThat(last(1, Arguments.none(), one, one)).isNaN();
    }

    @Test
    void shouldMatchEmpyricalRollingAlphaAndBeta() {
        double[][] expected = {
            {-0.97854954, -0.7826087}, {-0.9828927, -0.76156584}, {-0.93166924, -0.61682243}, {-0.99967288, -0.41311475}
        };
        Arguments five = Arguments.none().with("window", 5);
        Arguments six = Arguments.none().with("window", 6);
        assertThat(output("alpha_beta", five, 0, NEGATIVE, MIXED)[5]).isCloseTo(expected[0][0], within(1e-8));
        assertThat(output("alpha_beta", five, 1, NEGATIVE, MIXED)[5]).isCloseTo(expected[0][1], within(1e-8));
        for (int i = 1; i < 4; i++) {
            assertThat(output("alpha_beta", six, 0, NEGATIVE, MIXED)[5 + i]).isCloseTo(expected[i][0], within(1e-8));
            assertThat(output("alpha_beta", six, 1, NEGATIVE, MIXED)[5 + i]).isCloseTo(expected[i][1], within(1e-8));
        }
    }

    @Test
    void shouldDropBarsWhereEitherReturnIsMissing() {
        double[] factor = NEGATIVE.clone();
        double[] subject = MIXED.clone();
        factor[3] = Double.NaN;
        double[] dropped = {factor[0], factor[1], factor[2], factor[4], factor[5], factor[6], factor[7], factor[8]};
        double[] kept = {subject[0], subject[1], subject[2], subject[4], subject[5], subject[6], subject[7], subject[8]
        };
        assertThat(last(1, Arguments.none(), factor, subject)).isEqualTo(last(1, Arguments.none(), dropped, kept));
    }

    private static void assertAlphaBeta(double[] factor, double[] subject, double alpha, double beta) {
        assertThat(last(0, Arguments.none(), factor, subject)).as("alpha").isCloseTo(alpha, within(1e-8));
        assertThat(last(1, Arguments.none(), factor, subject)).as("beta").isCloseTo(beta, within(1e-8));
    }

    private static double last(int k, Arguments arguments, double[] factor, double[] subject) {
        double[] o = output("alpha_beta", arguments, k, factor, subject);
        return o[o.length - 1];
    }
}
