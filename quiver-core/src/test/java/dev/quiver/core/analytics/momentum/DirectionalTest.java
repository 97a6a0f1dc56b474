package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionalTest {

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
