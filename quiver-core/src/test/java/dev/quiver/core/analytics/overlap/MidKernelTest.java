package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MidKernelTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 60})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("midpoint", n), s, (c, end, b, nb, o) -> c.midPoint(0, end, s.close(), n, b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("midprice", n), s, (c, end, b, nb, o) -> c.midPrice(0, end, s.high(), s.low(), n, b, nb, o[0]));
    }

    /**
     * By definition the midpoint is the mean of MIN and MAX over the same window; TA-Lib's MIN/MAX
     * table ({@code test_minmax.c}, period 14 over the open: 91.125 and 98.815 at bar 13) gives 94.97.
     */
    @Test
    void shouldBeTheMeanOfTheRegressionTablesMinAndMax() {
        double[][] open = {TestData.talibReference().open()};
        Regtest.assertValue(bind("midpoint", 14), open, 13, 0, 0, (91.125 + 98.815) / 2);
        assertThat(bind("midprice", 14).inputs()).containsExactly("high", "low");
    }
}
