package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionalTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_adx.c}, period 14. */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("plus_dm", 14), 13, 0, 0, 10.28);
        Regtest.assertValue(bind("plus_dm", 14), 13, 0, 237, 10.317);
        Regtest.assertValue(bind("plus_dm", 14), 13, 0, 238, 9.58);
        Regtest.assertValue(bind("minus_dm", 14), 13, 0, 0, 12.995);
        Regtest.assertValue(bind("minus_dm", 14), 13, 0, 237, 8.33);
        Regtest.assertValue(bind("minus_dm", 14), 13, 0, 238, 9.672);
        Regtest.assertValue(bind("plus_di", 14), 14, 0, 0, 20.3781);
        Regtest.assertValue(bind("plus_di", 14), 14, 0, 13, 22.1073);
        Regtest.assertValue(bind("plus_di", 14), 14, 0, 14, 20.3746);
        Regtest.assertValue(bind("plus_di", 14), 14, 0, 237, 21.0000);
        Regtest.assertValue(bind("minus_di", 14), 14, 0, 0, 30.1684);
        Regtest.assertValue(bind("minus_di", 14), 14, 0, 14, 24.969182);
        Regtest.assertValue(bind("minus_di", 14), 14, 0, 237, 21.1988);
        Regtest.assertValue(bind("dx", 14), 14, 0, 0, 19.3689);
        Regtest.assertValue(bind("dx", 14), 14, 0, 1, 9.7131);
        Regtest.assertValue(bind("dx", 14), 14, 0, 2, 17.2905);
        Regtest.assertValue(bind("dx", 14), 14, 0, 236, 10.6731);
        Regtest.assertValue(bind("dx", 14), 14, 0, 237, 0.4722);
        Regtest.assertValue(bind("adx", 14), 27, 0, 0, 23.0000);
        Regtest.assertValue(bind("adx", 14), 27, 0, 1, 22.0802);
        Regtest.assertValue(bind("adx", 14), 27, 0, 223, 16.6840);
        Regtest.assertValue(bind("adx", 14), 27, 0, 224, 15.5260);
        Regtest.assertValue(bind("adxr", 14), 40, 0, 0, 19.8666);
        Regtest.assertValue(bind("adxr", 14), 40, 0, 1, 18.9092);
        Regtest.assertValue(bind("adxr", 14), 40, 0, 210, 21.5972);
        Regtest.assertValue(bind("adxr", 14), 40, 0, 211, 20.4920);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 14, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        double[] h = s.high();
        double[] l = s.low();
        double[] c = s.close();
        TaLibJava.assertMatches(bind("plus_dm", n), s, (k, end, b, nb, o) -> k.plusDM(0, end, h, l, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("minus_dm", n), s, (k, end, b, nb, o) -> k.minusDM(0, end, h, l, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("plus_di", n), s, (k, end, b, nb, o) -> k.plusDI(0, end, h, l, c, n, b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("minus_di", n), s, (k, end, b, nb, o) -> k.minusDI(0, end, h, l, c, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("dx", n), s, (k, end, b, nb, o) -> k.dx(0, end, h, l, c, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("adx", n), s, (k, end, b, nb, o) -> k.adx(0, end, h, l, c, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("adxr", n), s, (k, end, b, nb, o) -> k.adxr(0, end, h, l, c, n, b, nb, o[0]));
    }
}
