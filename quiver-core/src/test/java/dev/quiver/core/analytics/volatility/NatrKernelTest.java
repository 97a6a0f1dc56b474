package dev.quiver.core.analytics.volatility;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NatrKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hlc.c}, "NATR TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("natr", 14), 14, 0, 0, 3.9321);
        Regtest.assertValue(bind("natr", 14), 14, 0, 1, 3.7576);
        Regtest.assertValue(bind("natr", 14), 14, 0, 252 - 15, 3.0229);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("natr", n), s, (c, end, b, nb, o) -> c.natr(0, end, s.high(), s.low(), s.close(), n, b, nb, o[0]));
    }
}
