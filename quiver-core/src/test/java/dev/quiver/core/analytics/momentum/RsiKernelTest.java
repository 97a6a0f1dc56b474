package dev.quiver.core.analytics.momentum;

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

class RsiKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_rsi.c}, "RSI TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("rsi", 14), 14, 0, 0, 49.14);
        Regtest.assertValue(bind("rsi", 14), 14, 0, 1, 52.32);
        Regtest.assertValue(bind("rsi", 14), 14, 0, 2, 46.07);
        Regtest.assertValue(bind("rsi", 14), 14, 0, 252 - 15, 49.63);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 50})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(bind("rsi", n), spy, (c, end, b, nb, o) -> c.rsi(0, end, spy.close(), n, b, nb, o[0]));
    }

    /**
     * seed=zero: average gain and loss start at 0 and follow avg = (avg * (n - 1) + x) / n from the
     * first change; the expected values are computed here from that definition.
     */
    @Test
    void shouldSmoothFromZeroWithSeedZero() {
        double[] close = TestData.talibReference().close();
        int n = 14;
        double[] out = Regtest.outputs(bind("rsi", Arguments.of(n).with("seed", "zero")))[0];
        double gain = 0;
        double loss = 0;
        for (int t = 1; t < close.length; t++) {
            double change = close[t] - close[t - 1];
            gain = (gain * (n - 1) + Math.max(change, 0)) / n;
            loss = (loss * (n - 1) + Math.max(-change, 0)) / n;
            if (t >= n) {
                assertThat(out[t]).isCloseTo(100 * gain / (gain + loss), within(1e-9));
            } else {
                assertThat(out[t]).isNaN();
            }
        }
    }
}
