package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import com.tictactec.ta.lib.MAType;
import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StochKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_stoch.c}, "STOCH TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        var stoch533 = bind("stoch", Arguments.of(5, 3).with("slowd_period", 3));
        Regtest.assertValue(stoch533, 8, 0, 0, 24.0128);
        Regtest.assertValue(stoch533, 8, 1, 0, 36.254);
        Regtest.assertValue(stoch533, 8, 0, 252 - 9, 30.194);
        Regtest.assertValue(stoch533, 8, 1, 252 - 9, 43.69);
        var stoch534 = bind("stoch", Arguments.of(5, 3).with("slowd_period", 4));
        Regtest.assertValue(stoch534, 9, 0, 0, 38.139);
        Regtest.assertValue(stoch534, 9, 1, 0, 36.725);
        Regtest.assertValue(stoch534, 9, 0, 252 - 10, 30.194);
        Regtest.assertValue(stoch534, 9, 1, 252 - 10, 46.641);
    }

    @ParameterizedTest
    @CsvSource({"5,3,sma,3,sma", "14,3,sma,3,sma", "14,1,sma,1,sma", "9,3,ema,5,wma", "1,2,sma,2,ema"})
    void shouldAgreeWithTaLibJavaOnSpy(int fastK, int slowK, String kType, int slowD, String dType) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind(
                        "stoch",
                        Arguments.of(fastK, slowK)
                                .and(word(kType))
                                .and(num(slowD))
                                .and(word(dType))),
                s,
                (c, end, b, nb, o) -> c.stoch(
                        0,
                        end,
                        s.high(),
                        s.low(),
                        s.close(),
                        fastK,
                        slowK,
                        type(kType),
                        slowD,
                        type(dType),
                        b,
                        nb,
                        o[0],
                        o[1]));
    }

    static MAType type(String code) {
        return MAType.valueOf(code.substring(0, 1).toUpperCase() + code.substring(1));
    }

    static dev.quiver.core.analytics.ArgumentValue word(String w) {
        return dev.quiver.core.analytics.ArgumentValue.of(w);
    }

    static dev.quiver.core.analytics.ArgumentValue num(double v) {
        return dev.quiver.core.analytics.ArgumentValue.of(v);
    }
}
