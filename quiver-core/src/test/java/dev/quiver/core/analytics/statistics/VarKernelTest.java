package dev.quiver.core.analytics.statistics;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VarKernelTest {

    /**
     * TA-Lib's regression tests have no VAR table; its STDDEV table ({@code test_stddev.c}: 1.2856
     * at the first output of STDDEV(5)) is the square root of VAR(5), so VAR(5) there is 1.2856^2.
     */
    @Test
    void shouldBeTheSquareOfTheRegressionTablesStandardDeviation() {
        double first = Regtest.outputs(bind("var", 5))[0][4];
        assertThat(Math.sqrt(first)).isCloseTo(1.2856, within(0.01));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(
                bind("var", n), spy, (c, end, b, nb, o) -> c.variance(0, end, spy.close(), n, 1, b, nb, o[0]));
    }

    @Test
    void shouldIgnoreNbdevAsTaLibDoes() {
        assertThat(Regtest.outputs(bind("var", 5, 3))[0][100]).isEqualTo(Regtest.outputs(bind("var", 5, 1))[0][100]);
    }

    @Test
    void shouldScaleByNOverNMinusOneWithDdofOne() {
        double pop = Regtest.outputs(bind("var", 10))[0][50];
        double sample = Regtest.outputs(bind("var", Arguments.of(10).with("ddof", 1)))[0][50];
        assertThat(sample).isCloseTo(pop * 10 / 9, within(1e-12));
    }
}
