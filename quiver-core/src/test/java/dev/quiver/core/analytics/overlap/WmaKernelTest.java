package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WmaKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_ma.c}, "WMA TEST - CLASSIC". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("wma", 2), 1, 0, 0, 93.71);
        Regtest.assertValue(bind("wma", 2), 1, 0, 1, 94.52);
        Regtest.assertValue(bind("wma", 2), 1, 0, 2, 94.85);
        Regtest.assertValue(bind("wma", 2), 1, 0, 250, 108.16);
        Regtest.assertValue(bind("wma", 30), 29, 0, 0, 88.567);
        Regtest.assertValue(bind("wma", 30), 29, 0, 1, 88.233);
        Regtest.assertValue(bind("wma", 30), 29, 0, 2, 88.034);
        Regtest.assertValue(bind("wma", 30), 29, 0, 29, 87.191);
        Regtest.assertValue(bind("wma", 30), 29, 0, 221, 109.3413);
        Regtest.assertValue(bind("wma", 30), 29, 0, 222, 109.3466);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(bind("wma", n), spy, (c, end, b, nb, o) -> c.wma(0, end, spy.close(), n, b, nb, o[0]));
    }
}
