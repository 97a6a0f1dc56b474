package dev.quiver.core.analytics.volume;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdoscKernelTest {

    @ParameterizedTest
    @CsvSource({"3,10", "10,3", "5,20"})
    void shouldAgreeWithTaLibJavaOnSpy(int fast, int slow) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("adosc", fast, slow),
                s,
                (c, end, b, nb, o) ->
                        c.adOsc(0, end, s.high(), s.low(), s.close(), s.volume(), fast, slow, b, nb, o[0]));
    }
}
