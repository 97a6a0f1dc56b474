package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CciKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hlc.c}, "CCI TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("cci", 2), 1, 0, 0, 66.666);
        Regtest.assertValue(bind("cci", 5), 4, 0, 0, 18.857);
        Regtest.assertValue(bind("cci", 11), 10, 0, 0, 87.927);
        Regtest.assertValue(bind("cci", 11), 10, 0, 1, 180.005);
        Regtest.assertValue(bind("cci", 11), 10, 0, 3, -113.8669783);
        Regtest.assertValue(bind("cci", 11), 10, 0, 20, -0.005587727);
        Regtest.assertValue(bind("cci", 11), 10, 0, 252 - 11, -169.65514);
        Regtest.assertValue(bind("cci", 2), 1, 0, 186, 0.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 20})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("cci", n), s, (c, end, b, nb, o) -> c.cci(0, end, s.high(), s.low(), s.close(), n, b, nb, o[0]));
    }
}
