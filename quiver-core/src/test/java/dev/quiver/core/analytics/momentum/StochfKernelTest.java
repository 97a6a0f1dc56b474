package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StochfKernelTest {

    @ParameterizedTest
    @CsvSource({"5,3,sma", "14,3,ema", "3,1,sma", "10,4,wma"})
    void shouldAgreeWithTaLibJavaOnSpy(int fastK, int fastD, String type) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("stochf", Arguments.of(fastK, fastD).with("fastd_matype", type)),
                s,
                (c, end, b, nb, o) -> c.stochF(
                        0,
                        end,
                        s.high(),
                        s.low(),
                        s.close(),
                        fastK,
                        fastD,
                        StochKernelTest.type(type),
                        b,
                        nb,
                        o[0],
                        o[1]));
    }
}
