package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StochrsiKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_stoch.c}, "STOCHRSI TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("stochrsi", 14, 14, 1), 27, 0, 0, 94.156709);
        Regtest.assertValue(bind("stochrsi", 14, 14, 1), 27, 1, 0, 94.156709);
        Regtest.assertValue(bind("stochrsi", 14, 14, 1), 27, 0, 251 - 27, 0.0);
        Regtest.assertValue(bind("stochrsi", 14, 45, 1), 58, 0, 0, 79.729186);
        Regtest.assertValue(bind("stochrsi", 14, 45, 1), 58, 0, 251 - 58, 48.1550743);
        Regtest.assertValue(bind("stochrsi", 11, 13, 16), 38, 0, 0, 5.25947);
        Regtest.assertValue(bind("stochrsi", 11, 13, 16), 38, 1, 0, 57.1711);
        Regtest.assertValue(bind("stochrsi", 11, 13, 16), 38, 0, 251 - 38, 0.0);
        Regtest.assertValue(bind("stochrsi", 11, 13, 16), 38, 1, 251 - 38, 15.7303);
    }

    @ParameterizedTest
    @CsvSource({"14,5,3,sma", "14,14,3,ema", "5,3,1,sma"})
    void shouldAgreeWithTaLibJavaOnSpy(int n, int fastK, int fastD, String type) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("stochrsi", Arguments.of(n, fastK, fastD).with("fastd_matype", type)),
                s,
                (c, end, b, nb, o) ->
                        c.stochRsi(0, end, s.close(), n, fastK, fastD, StochKernelTest.type(type), b, nb, o[0], o[1]));
    }
}
