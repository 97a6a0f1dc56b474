package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacdKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_macd.c}, "MACD - CLASSIC". */
    @Test
    void shouldMatchTaLibRegressionTableWithFirstOutputAtBar33() {
        Regtest.assertValue(bind("macd", 12, 26, 9), 33, 0, 0, -1.9738);
        Regtest.assertValue(bind("macd", 12, 26, 9), 33, 1, 0, -2.7071);
        Regtest.assertValue(bind("macd", 12, 26, 9), 33, 2, 0, (-1.9738) - (-2.7071));
    }

    /** test_macd.c, "Test period inversion": TA-Lib swaps a fast period longer than the slow one. */
    @Test
    void shouldSwapPeriodsGivenInTheWrongOrder() {
        Regtest.assertValue(bind("macd", 26, 12, 9), 33, 0, 0, -1.9738);
        double[][] swapped = Regtest.outputs(bind("macd", 26, 12, 9));
        double[][] ordered = Regtest.outputs(bind("macd", 12, 26, 9));
        for (int k = 0; k < 3; k++) {
            assertThat(Arrays.equals(swapped[k], ordered[k])).isTrue();
        }
    }

    @Test
    void shouldNameItsOutputs() {
        assertThat(bind("macd", Arguments.none()).outputs()).containsExactly("macd", "signal", "hist");
    }

    @ParameterizedTest
    @CsvSource({"12,26,9", "3,10,16", "5,6,2", "2,40,2"})
    void shouldAgreeWithTaLibJavaOnSpy(int fast, int slow, int signal) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(
                bind("macd", fast, slow, signal),
                spy,
                (c, end, b, nb, o) -> c.macd(0, end, spy.close(), fast, slow, signal, b, nb, o[0], o[1], o[2]));
    }
}
