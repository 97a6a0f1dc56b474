package dev.quiver.core.analytics.statistics;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StddevKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_stddev.c}. */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("stddev", 5, 1), 4, 0, 0, 1.2856);
        Regtest.assertValue(bind("stddev", 5, 1), 4, 0, 1, 0.4462);
        Regtest.assertValue(bind("stddev", 5, 1), 4, 0, 252 - 5, 0.7144);
        Regtest.assertValue(bind("stddev", 5, 1.5), 4, 0, 0, 1.9285);
        Regtest.assertValue(bind("stddev", 5, 1.5), 4, 0, 1, 0.66937);
        Regtest.assertValue(bind("stddev", 5, 1.5), 4, 0, 252 - 5, 1.075);
    }

    @ParameterizedTest
    @CsvSource({"5,1", "20,2", "2,1"})
    void shouldAgreeWithTaLibJavaOnSpy(int n, double nbdev) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(
                bind("stddev", n, nbdev),
                spy,
                (c, end, b, nb, o) -> c.stdDev(0, end, spy.close(), n, nbdev, b, nb, o[0]));
    }

    /** ddof=1 is the sample standard deviation; expected values computed here from its definition. */
    @Test
    void shouldDivideByNMinusOneWithDdofOne() {
        double[] x = TestData.talibReference().close();
        int n = 20;
        double[] out = Regtest.outputs(bind("stddev", Arguments.of(n).with("ddof", 1)))[0];
        for (int t = n - 1; t < x.length; t++) {
            double mean = 0;
            for (int i = t - n + 1; i <= t; i++) {
                mean += x[i] / n;
            }
            double ss = 0;
            for (int i = t - n + 1; i <= t; i++) {
                ss += (x[i] - mean) * (x[i] - mean);
            }
            assertThat(out[t]).isCloseTo(Math.sqrt(ss / (n - 1)), within(1e-9));
        }
    }

    @Test
    void shouldRejectDdofOneOnASingleBar() {
        assertThatThrownBy(() -> bind("var", Arguments.of(1).with("ddof", 1)))
                .hasMessage("var: ddof=1 needs timeperiod > 1, was 1");
    }
}
