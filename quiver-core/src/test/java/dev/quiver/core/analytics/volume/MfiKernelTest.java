package dev.quiver.core.analytics.volume;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MfiKernelTest {

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
