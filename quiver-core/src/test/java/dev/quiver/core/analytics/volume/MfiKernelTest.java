package dev.quiver.core.analytics.volume;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MfiKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hlcv.c}, "MFI TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("mfi", 14), 14, 0, 0, 42.8923);
        Regtest.assertValue(bind("mfi", 14), 14, 0, 1, 45.6072);
        Regtest.assertValue(bind("mfi", 14), 14, 0, 252 - 15, 53.1997);
        Regtest.assertValue(bind("mfi", 49), 49, 0, 0, 44.7902);
        Regtest.assertValue(bind("mfi", 50), 50, 0, 252 - 51, 50.5905);
        Regtest.assertValue(bind("mfi", 100), 100, 0, 0, 50.0166);
        Regtest.assertValue(bind("mfi", 100), 100, 0, 252 - 101, 48.4264);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("mfi", n),
                s,
                (c, end, b, nb, o) -> c.mfi(0, end, s.high(), s.low(), s.close(), s.volume(), n, b, nb, o[0]));
    }
}
