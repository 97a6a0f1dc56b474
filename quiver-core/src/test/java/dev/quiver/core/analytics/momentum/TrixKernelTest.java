package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrixKernelTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 15, 30})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(bind("trix", n), s, (c, end, b, nb, o) -> c.trix(0, end, s.close(), n, b, nb, o[0]));
    }
}
