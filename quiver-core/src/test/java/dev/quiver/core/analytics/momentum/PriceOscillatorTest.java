package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceOscillatorTest {

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
