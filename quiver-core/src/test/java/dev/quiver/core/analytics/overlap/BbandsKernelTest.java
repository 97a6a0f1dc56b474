package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tictactec.ta.lib.MAType;
import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BbandsKernelTest {

    /**
     * Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_bbands.c}, "BBANDS -
     * CLASSIC - SMA" and "BBANDS - CLASSIC - EMA" (period 20, 2 deviations up and down).
     */
    @Test
    void shouldMatchTaLibRegressionTable() {
        var sma = bind("bbands", Arguments.of(20, 2, 2));
        Regtest.assertValue(sma, 19, 0, 0, 98.0734);
        Regtest.assertValue(sma, 19, 1, 0, 92.8910);
        Regtest.assertValue(sma, 19, 2, 0, 87.7086);
        var ema = bind("bbands", Arguments.of(20, 2, 2).with("matype", "ema"));
        Regtest.assertValue(ema, 19, 0, 13, 93.674);
        Regtest.assertValue(ema, 19, 1, 13, 87.679);
        Regtest.assertValue(ema, 19, 2, 13, 81.685);
    }

    @ParameterizedTest
    @CsvSource({
        "5,2,2,sma",
        "20,2,2,sma",
        "20,1.5,2.5,sma",
        "20,2,2,ema",
        "10,1,3,wma",
        "10,2,2,dema",
        "10,2,2,tema",
        "10,2,2,trima",
        "10,2,2,kama",
        "5,2,2,t3"
    })
    void shouldAgreeWithTaLibJavaOnSpy(int n, double up, double down, String matype) {
        var spy = TestData.spy();
        MAType type = MAType.valueOf(matype.substring(0, 1).toUpperCase() + matype.substring(1));
        TaLibJava.assertMatches(
                bind("bbands", Arguments.of(n, up, down).with("matype", matype)),
                spy,
                (c, end, b, nb, o) -> c.bbands(0, end, spy.close(), n, up, down, type, b, nb, o[0], o[1], o[2]));
    }

    @Test
    void shouldRejectAnUnknownMovingAverageType() {
        assertThatThrownBy(() -> bind("bbands", Arguments.of(20).with("matype", "mama")))
                .hasMessage("bbands: matype must be one of sma, ema, wma, dema, tema, trima, kama, t3, was mama");
    }
}
