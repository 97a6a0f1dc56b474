package dev.quiver.core.analytics.momentum;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;

class BopKernelTest {

    @Test
    void shouldAgreeWithTaLibJavaOnSpy() {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("bop"),
                s,
                (c, end, b, nb, o) -> c.bop(0, end, s.open(), s.high(), s.low(), s.close(), b, nb, o[0]));
    }

    /** Livshin's definition on the first reference bar (open 92.5, high 93.25, low 90.75, close 91.5). */
    @Test
    void shouldDivideTheBodyByTheRange() {
        assertThat(Regtest.outputs(bind("bop"))[0][0]).isEqualTo((91.5 - 92.5) / (93.25 - 90.75));
    }
}
