package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WillrKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hlc.c}, "WILLR TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("willr", 14), 13, 0, 0, -90.1943);
        Regtest.assertValue(bind("willr", 14), 13, 0, 1, -66.9903);
        Regtest.assertValue(bind("willr", 14), 13, 0, 112, 0.0);
        Regtest.assertValue(bind("willr", 14), 13, 0, 252 - 14, -59.1515);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 50})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("willr", n),
                s,
                (c, end, b, nb, o) -> c.willR(0, end, s.high(), s.low(), s.close(), n, b, nb, o[0]));
    }
}
