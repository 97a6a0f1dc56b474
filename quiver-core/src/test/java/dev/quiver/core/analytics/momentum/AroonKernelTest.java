package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AroonKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hl.c}, period 14. */
    @Test
    void shouldMatchTaLibRegressionTable() {
        var aroon = bind("aroon", 14);
        Regtest.assertValue(aroon, 14, 1, 0, 78.571);
        Regtest.assertValue(aroon, 14, 1, 11, 0.0);
        Regtest.assertValue(aroon, 14, 1, 13, 21.429);
        Regtest.assertValue(aroon, 14, 1, 21, 92.857);
        Regtest.assertValue(aroon, 14, 1, 29, 100.0);
        Regtest.assertValue(aroon, 14, 1, 252 - 15, 7.1429);
        Regtest.assertValue(aroon, 14, 0, 0, 100.0);
        Regtest.assertValue(aroon, 14, 0, 7, 100.0);
        Regtest.assertValue(aroon, 14, 0, 12, 92.857);
        Regtest.assertValue(aroon, 14, 0, 25, 0.0);
        Regtest.assertValue(aroon, 14, 0, 27, 92.857);
        Regtest.assertValue(aroon, 14, 0, 252 - 15, 21.429);
        Regtest.assertValue(bind("aroonosc", 14), 14, 0, 0, -21.4285);
        Regtest.assertValue(bind("aroonosc", 14), 14, 0, 7, -71.4285);
        Regtest.assertValue(bind("aroonosc", 14), 14, 0, 252 - 15, -14.28571);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 25})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("aroon", n), s, (c, end, b, nb, o) -> c.aroon(0, end, s.high(), s.low(), n, b, nb, o[0], o[1]));
        TaLibJava.assertMatches(
                bind("aroonosc", n), s, (c, end, b, nb, o) -> c.aroonOsc(0, end, s.high(), s.low(), n, b, nb, o[0]));
    }
}
