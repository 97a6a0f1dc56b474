package dev.quiver.core.analytics.volatility;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NatrKernelTest {

    /**
     * TA-Lib's regression tests have no NATR table; NATR is 100 * ATR / close, so the ATR(14) table
     * of {@code test_trange.c} (3.578 at bar 14) gives 100 * 3.578 / close[14].
     */
    @Test
    void shouldBeTheRegressionTablesAtrAsAPercentOfClose() {
        double close14 = TestData.talibReference().close()[14];
        assertThat(Regtest.outputs(bind("natr", 14))[0][14]).isCloseTo(100 * 3.578 / close14, within(0.01));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("natr", n), s, (c, end, b, nb, o) -> c.natr(0, end, s.high(), s.low(), s.close(), n, b, nb, o[0]));
    }
}
