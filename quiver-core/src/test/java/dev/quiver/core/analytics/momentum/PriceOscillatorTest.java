package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceOscillatorTest {

    /**
     * Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_po.c}, "APO TEST - SIMPLE
     * - CLASSIC" and "PPO TEST - SIMPLE - CLASSIC" (periods in either order).
     */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("apo", 26, 12), 25, 0, 0, -3.3124);
        Regtest.assertValue(bind("apo", 12, 26), 25, 0, 0, -3.3124);
        Regtest.assertValue(bind("apo", 12, 26), 25, 0, 1, -3.5876);
        Regtest.assertValue(bind("apo", 12, 26), 25, 0, 252 - 26, -0.1667);
        Regtest.assertValue(bind("ppo", 2, 3), 2, 0, 0, 1.10264);
        Regtest.assertValue(bind("ppo", 2, 3), 2, 0, 1, -0.02813);
        Regtest.assertValue(bind("ppo", 2, 3), 2, 0, 249, -0.21191);
    }

    @ParameterizedTest
    @CsvSource({"12,26,sma", "26,12,sma", "3,10,ema", "5,20,wma", "10,30,kama"})
    void shouldAgreeWithTaLibJavaOnSpy(int fast, int slow, String type) {
        var s = TestData.spy();
        var t = StochKernelTest.type(type);
        TaLibJava.assertMatches(
                bind("apo", Arguments.of(fast, slow).with("matype", type)),
                s,
                (c, end, b, nb, o) -> c.apo(0, end, s.close(), fast, slow, t, b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("ppo", Arguments.of(fast, slow).with("matype", type)),
                s,
                (c, end, b, nb, o) -> c.ppo(0, end, s.close(), fast, slow, t, b, nb, o[0]));
    }
}
