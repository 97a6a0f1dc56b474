package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_ma.c}, "WMA TEST - CLASSIC". */
    @Test
    void shouldMatchTaLibRegressionTableForWma() {
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

    /**
     * Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_ma.c}: "TRIMA TEST" and
     * "KAMA TEST - Classic". Its DEMA and TEMA tables are computed in METASTOCK compatibility (EMAs
     * seeded with the first price), not TA-Lib's default; DEMA and TEMA are checked against TA-Lib
     * Java below.
     */
    @Test
    void shouldMatchTaLibRegressionTableForOtherAverages() {
        Regtest.assertValue(bind("trima", 10), 9, 0, 0, 93.6043);
        Regtest.assertValue(bind("trima", 10), 9, 0, 1, 93.4252);
        Regtest.assertValue(bind("trima", 10), 9, 0, 252 - 11, 109.1850);
        Regtest.assertValue(bind("trima", 9), 8, 0, 0, 93.8176);
        Regtest.assertValue(bind("trima", 12), 11, 0, 0, 93.5329);
        Regtest.assertValue(bind("trima", 12), 11, 0, 252 - 12, 109.1157);
        Regtest.assertValue(bind("kama", 10), 10, 0, 0, 92.6575);
        Regtest.assertValue(bind("kama", 10), 10, 0, 1, 92.7783);
        Regtest.assertValue(bind("kama", 10), 10, 0, 252 - 11, 109.294);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 10, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var spy = TestData.spy();
        double[] x = spy.close();
        TaLibJava.assertMatches(bind("wma", n), spy, (c, end, b, nb, o) -> c.wma(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("dema", n), spy, (c, end, b, nb, o) -> c.dema(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("tema", n), spy, (c, end, b, nb, o) -> c.tema(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("trima", n), spy, (c, end, b, nb, o) -> c.trima(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("kama", n), spy, (c, end, b, nb, o) -> c.kama(0, end, x, n, b, nb, o[0]));
    }
}
