package dev.quiver.core.analytics.volume;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdoscKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hlcv.c}, "ADOSC TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("adosc", 3, 10), 9, 0, 0, 841238.32);
        Regtest.assertValue(bind("adosc", 3, 10), 9, 0, 1, 2255663.07);
        Regtest.assertValue(bind("adosc", 3, 10), 9, 0, 241, -526700.32);
        Regtest.assertValue(bind("adosc", 3, 10), 9, 0, 242, -1139932.729);
        Regtest.assertValue(bind("adosc", 5, 2), 4, 0, 0, 585361.28);
    }

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
