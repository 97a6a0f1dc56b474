package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarKernelTest {

    /**
     * Wilder's worked example (New Concepts in Technical Trading Systems, 1978) as TA-Lib 0.4.0
     * {@code ta_regtest/ta_test_func/test_sar.c} tabulates it: 38 bars of high and low and the SAR
     * values expected at output indexes 0, 1, 4, 35 and 36 (first output at bar 1).
     */
    @Test
    void shouldMatchWildersExampleAsTabulatedByTaLib() {
        double[] high = {
            51.12, 52.35, 52.1, 51.8, 52.1, 52.5, 52.8, 52.5, 53.5, 53.5, 53.8, 54.2, 53.4, 53.5, 54.4, 55.2, 55.7, 57,
            57.5, 58, 57.7, 58, 57.5, 57, 56.7, 57.5, 56.70, 56.00, 56.20, 54.80, 55.50, 54.70, 54.00, 52.50, 51.00,
            51.50, 51.70, 53.00
        };
        double[] low = {
            50.0, 51.5, 51, 50.5, 51.25, 51.7, 51.85, 51.5, 52.3, 52.5, 53, 53.5, 52.5, 52.1, 53, 54, 55, 56, 56.5, 57,
            56.5, 57.3, 56.7, 56.3, 56.2, 56, 55.50, 55.00, 54.90, 54.00, 54.50, 53.80, 53.00, 51.50, 50.00, 50.50,
            50.20, 51.50
        };
        double[][] in = {high, low};
        var sar = bind("sar", 0.02, 0.2);
        Regtest.assertValue(sar, in, 1, 0, 0, 50.00);
        Regtest.assertValue(sar, in, 1, 0, 1, 50.047);
        Regtest.assertValue(sar, in, 1, 0, 4, 50.182);
        Regtest.assertValue(sar, in, 1, 0, 35, 52.93);
        Regtest.assertValue(sar, in, 1, 0, 36, 50.00);
    }

    @ParameterizedTest
    @CsvSource({"0.02,0.2", "0.01,0.1", "0.05,0.5", "0.3,0.2"})
    void shouldAgreeWithTaLibJavaOnSpy(double acceleration, double maximum) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("sar", acceleration, maximum),
                s,
                (c, end, b, nb, o) -> c.sar(0, end, s.high(), s.low(), acceleration, maximum, b, nb, o[0]));
    }
}
