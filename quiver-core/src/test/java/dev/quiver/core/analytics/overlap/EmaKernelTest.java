package dev.quiver.core.analytics.overlap;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmaKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_ma.c}, "EMA TEST - Classic". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("ema", 2), 1, 0, 0, 93.15);
        Regtest.assertValue(bind("ema", 2), 1, 0, 1, 93.96);
        Regtest.assertValue(bind("ema", 2), 1, 0, 250, 108.21);
        Regtest.assertValue(bind("ema", 10), 9, 0, 0, 93.22);
        Regtest.assertValue(bind("ema", 10), 9, 0, 1, 93.75);
        Regtest.assertValue(bind("ema", 10), 9, 0, 20, 86.46);
        Regtest.assertValue(bind("ema", 10), 9, 0, 242, 108.97);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 12, 26, 200})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var spy = TestData.spy();
        TaLibJava.assertMatches(bind("ema", n), spy, (c, end, b, nb, o) -> c.ema(0, end, spy.close(), n, b, nb, o[0]));
    }

    /**
     * seed=first is pandas {@code ewm(span=n, adjust=False).mean()}: y0 = x0, y_t = (1 - a) y_{t-1} +
     * a x_t with a = 2 / (n + 1); the expected values are computed here from that definition.
     */
    @Test
    void shouldStartFromTheFirstInputWithSeedFirst() {
        var close = TestData.talibReference().close();
        int n = 10;
        double a = 2.0 / (n + 1);
        double[] out = Regtest.outputs(bind("ema", Arguments.of(n).with("seed", "first")))[0];
        double y = close[0];
        for (int t = 1; t < close.length; t++) {
            y = (1 - a) * y + a * close[t];
            if (t >= n - 1) {
                assertThat(out[t]).isCloseTo(y, org.assertj.core.api.Assertions.within(1e-9 * y));
            }
        }
        assertThat(out[n - 2]).isNaN();
    }
}
