package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarKernelTest {

    @ParameterizedTest
    @CsvSource({"0.02,0.2", "0.01,0.1", "0.05,0.5", "0.3,0.2"})
    void shouldAgreeWithTaLibJavaOnSpy(double acceleration, double maximum) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("sar", acceleration, maximum),
                s,
                (c, end, b, nb, o) -> c.sar(0, end, s.high(), s.low(), acceleration, maximum, b, nb, o[0]));
    }
}
