package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UltoscKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hlc.c}, "ULTOSC TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("ultosc", 7, 14, 28), 28, 0, 0, 47.1713);
        Regtest.assertValue(bind("ultosc", 7, 14, 28), 28, 0, 1, 46.2802);
        Regtest.assertValue(bind("ultosc", 7, 14, 28), 28, 0, 252 - 29, 40.0854);
    }

    @ParameterizedTest
    @CsvSource({"7,14,28", "28,7,14", "1,2,3", "5,5,10"})
    void shouldAgreeWithTaLibJavaOnSpy(int p1, int p2, int p3) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("ultosc", p1, p2, p3),
                s,
                (c, end, b, nb, o) -> c.ultOsc(0, end, s.high(), s.low(), s.close(), p1, p2, p3, b, nb, o[0]));
    }
}
