package dev.quiver.core.analytics.statistics;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinearRegressionTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 50})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        double[] x = s.close();
        TaLibJava.assertMatches(bind("linearreg", n), s, (c, end, b, nb, o) -> c.linearReg(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("linearreg_slope", n), s, (c, end, b, nb, o) -> c.linearRegSlope(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("linearreg_intercept", n),
                s,
                (c, end, b, nb, o) -> c.linearRegIntercept(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("linearreg_angle", n), s, (c, end, b, nb, o) -> c.linearRegAngle(0, end, x, n, b, nb, o[0]));
        TaLibJava.assertMatches(bind("tsf", n), s, (c, end, b, nb, o) -> c.tsf(0, end, x, n, b, nb, o[0]));
    }
}
