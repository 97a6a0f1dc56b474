package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StochrsiKernelTest {

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
