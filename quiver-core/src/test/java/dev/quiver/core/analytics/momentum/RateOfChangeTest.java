package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateOfChangeTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_mom.c}, period 14. */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("mom", 14), 14, 0, 0, -0.50);
        Regtest.assertValue(bind("mom", 14), 14, 0, 1, -2.00);
        Regtest.assertValue(bind("mom", 14), 14, 0, 2, -5.22);
        Regtest.assertValue(bind("mom", 14), 14, 0, 252 - 15, -1.13);
        Regtest.assertValue(bind("roc", 14), 14, 0, 0, -0.546);
        Regtest.assertValue(bind("roc", 14), 14, 0, 2, -5.53);
        Regtest.assertValue(bind("roc", 14), 14, 0, 252 - 15, -1.0367);
        Regtest.assertValue(bind("rocr", 14), 14, 0, 0, 0.994536);
        Regtest.assertValue(bind("rocr", 14), 14, 0, 252 - 15, 0.989633);
        Regtest.assertValue(bind("rocr100", 14), 14, 0, 0, 99.4536);
        Regtest.assertValue(bind("rocr100", 14), 14, 0, 252 - 15, 98.9633);
        // test_mom.c has no ROCP row; ROCP = ROC / 100 by the definitions listed in its header
        Regtest.assertValue(bind("rocp", 14), 14, 0, 0, -0.00546);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 50})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        double[] x = s.close();
        TaLibJava.assertMatches(bind("mom", n), s, (c, end, b, nb, o) -> c.mom(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("roc", n), s, (c, end, b, nb, o) -> c.roc(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("rocp", n), s, (c, end, b, nb, o) -> c.rocP(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("rocr", n), s, (c, end, b, nb, o) -> c.rocR(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("rocr100", n), s, (c, end, b, nb, o) -> c.rocR100(0, end, x, n, b, nb, o[0]));
    }
}
