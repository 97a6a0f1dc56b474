package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmaKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_ma.c}, SMA tests. */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("sma", 2), 1, 0, 0, 93.15);
        Regtest.assertValue(bind("sma", 2), 1, 0, 1, 94.59);
        Regtest.assertValue(bind("sma", 2), 1, 0, 2, 94.73);
        Regtest.assertValue(bind("sma", 2), 1, 0, 250, 108.31);
        Regtest.assertValue(bind("sma", 30), 29, 0, 0, 90.42);
        Regtest.assertValue(bind("sma", 30), 29, 0, 1, 90.21);
        Regtest.assertValue(bind("sma", 30), 29, 0, 2, 89.96);
        Regtest.assertValue(bind("sma", 30), 29, 0, 29, 87.12);
        Regtest.assertValue(bind("sma", 30), 29, 0, 221, 107.95);
        Regtest.assertValue(bind("sma", 30), 29, 0, 222, 108.42);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 20, 200})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(bind("sma", n), spy, (c, end, b, nb, o) -> c.sma(0, end, spy.close(), n, b, nb, o[0]));
    }
}
