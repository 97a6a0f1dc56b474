package dev.quiver.core.analytics.math;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SumKernelTest {

    /**
     * TA-Lib's SMA table ({@code test_ma.c}: SMA(30) = 90.42 at its first output) gives SUM(30) =
     * 30 * 90.42 there, within 30 times TA-Lib's tolerance.
     */
    @Test
    void shouldBeThirtyTimesTheRegressionTablesSma() {
        assertThat(Regtest.outputs(bind("sum", 30))[0][29]).isCloseTo(30 * 90.42, within(30 * 0.01));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 30, 250})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(bind("sum", n), s, (c, end, b, nb, o) -> c.sum(0, end, s.close(), n, b, nb, o[0]));
    }
}
