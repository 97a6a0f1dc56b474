package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmoKernelTest {

    /** Expected value from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_rsi.c}, "CMO TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("cmo", 14), 14, 0, 0, -1.70);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 40})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(bind("cmo", n), s, (c, end, b, nb, o) -> c.cmo(0, end, s.close(), n, b, nb, o[0]));
    }
}
