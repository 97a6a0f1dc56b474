package dev.quiver.core.analytics.math;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtremeKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_minmax.c}, over the open prices. */
    @Test
    void shouldMatchTaLibRegressionTable() {
        double[][] open = {TestData.talibReference().open()};
        Regtest.assertValue(bind("min", 14), open, 13, 0, 0, 91.125);
        Regtest.assertValue(bind("min", 14), open, 13, 0, 4, 89.75);
        Regtest.assertValue(bind("min", 14), open, 13, 0, 252 - 14, 107.75);
        Regtest.assertValue(bind("min", 2), open, 1, 0, 0, 91.5);
        Regtest.assertValue(bind("min", 2), open, 1, 0, 2, 93.97);
        Regtest.assertValue(bind("min", 2), open, 1, 0, 252 - 2, 109.19);
        Regtest.assertValue(bind("max", 14), open, 13, 0, 0, 98.815);
        Regtest.assertValue(bind("max", 14), open, 13, 0, 252 - 14, 110.69);
        Regtest.assertValue(bind("max", 2), open, 1, 0, 1, 95.155);
        Regtest.assertValue(bind("max", 2), open, 1, 0, 5, 95.0);
        Regtest.assertValue(bind("max", 2), open, 1, 0, 252 - 2, 109.69);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 100})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(bind("min", n), s, (c, end, b, nb, o) -> c.min(0, end, s.close(), n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("max", n), s, (c, end, b, nb, o) -> c.max(0, end, s.close(), n, b, nb, o[0]));
    }
}
