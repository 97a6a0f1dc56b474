package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class T3KernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_ma.c}, "T3 TEST" (period 5). */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("t3", 5), 24, 0, 0, 85.73);
        Regtest.assertValue(bind("t3", 5), 24, 0, 1, 84.37);
        Regtest.assertValue(bind("t3", 5), 24, 0, 252 - 26, 109.03);
        Regtest.assertValue(bind("t3", 5), 24, 0, 252 - 25, 108.88);
    }

    @ParameterizedTest
    @CsvSource({"5,0.7", "2,0.7", "10,0.3", "20,1"})
    void shouldAgreeWithTaLibJavaOnSpy(int n, double v) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(
                bind("t3", n, v), spy, (c, end, b, nb, o) -> c.t3(0, end, spy.close(), n, v, b, nb, o[0]));
    }
}
