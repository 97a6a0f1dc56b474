package dev.quiver.core.analytics.volatility;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;

class TrangeKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_trange.c}, "TRANGE TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("trange"), 1, 0, 0, 3.535);
        Regtest.assertValue(bind("trange"), 1, 0, 12, 9.685);
        Regtest.assertValue(bind("trange"), 1, 0, 40, 5.125);
        Regtest.assertValue(bind("trange"), 1, 0, 250, 2.88);
    }

    @Test
    void shouldAgreeWithTaLibJavaOnSpy() {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("trange"),
                s,
                (c, end, b, nb, o) -> c.trueRange(0, end, s.high(), s.low(), s.close(), b, nb, o[0]));
    }
}
