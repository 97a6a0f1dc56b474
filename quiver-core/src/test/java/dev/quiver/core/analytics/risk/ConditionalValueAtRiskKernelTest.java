package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** After empyrical {@code tests/test_stats.py}, {@code test_conditional_value_at_risk}. */
class ConditionalValueAtRiskKernelTest {

    /** "A single-valued array will always just have a CVaR of its only value." */
    @Test
    void shouldBeTheOnlyReturnOfASingleReturn() {
        double[] returns = afterBase(new double[] {-0.0123});
        assertThat(cvar(returns, 0)).isEqualTo(-0.0123);
        assertThat(cvar(returns, 1)).isEqualTo(-0.0123);
    }

    /**
     * empyrical's check on 21 normal returns (sd 0.02) at cutoffs 0, 0.0499, 0.05, 0.2, 0.999 and 1:
     * the CVaR is the mean of the returns at or below the VaR.
     */
    @Test
    void shouldAverageTheReturnsAtOrBelowTheValueAtRisk() {
        Random random = new Random(1337);
        double[] r = new double[21];
        for (int i = 0; i < r.length; i++) {
            r[i] = random.nextGaussian() * 0.02;
        }
        double[] returns = afterBase(r);
        for (double cutoff : new double[] {0, 0.0499, 0.05, 0.20, 0.999, 1}) {
            double var = ValueAtRiskKernelTest.valueAtRisk(returns, cutoff);
            double sum = 0;
            int n = 0;
            for (double x : r) {
                if (x <= var) {
                    sum += x;
                    n++;
                }
            }
            assertThat(cvar(returns, cutoff)).as("cutoff %s", cutoff).isCloseTo(sum / n, within(1e-12));
        }
    }

    private static double cvar(double[] returns, double cutoff) {
        return last("conditional_value_at_risk", Arguments.none().with("cutoff", cutoff), returns);
    }
}
