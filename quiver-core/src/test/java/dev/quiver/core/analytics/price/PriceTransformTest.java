package dev.quiver.core.analytics.price;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;

class PriceTransformTest {

    @Test
    void shouldAgreeWithTaLibJavaOnSpy() {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("avgprice"),
                s,
                (c, end, b, nb, o) -> c.avgPrice(0, end, s.open(), s.high(), s.low(), s.close(), b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("medprice"), s, (c, end, b, nb, o) -> c.medPrice(0, end, s.high(), s.low(), b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("typprice"),
                s,
                (c, end, b, nb, o) -> c.typPrice(0, end, s.high(), s.low(), s.close(), b, nb, o[0]));
        TaLibJava.assertMatches(
                bind("wclprice"),
                s,
                (c, end, b, nb, o) -> c.wclPrice(0, end, s.high(), s.low(), s.close(), b, nb, o[0]));
    }

    /** The first reference bar (open 92.5, high 93.25, low 90.75, close 91.5) by the TA-Lib formulas. */
    @Test
    void shouldCombineTheFieldsOfTheFirstReferenceBar() {
        assertThat(Regtest.outputs(bind("avgprice"))[0][0]).isEqualTo((93.25 + 90.75 + 91.5 + 92.5) / 4);
        assertThat(Regtest.outputs(bind("medprice"))[0][0]).isEqualTo((93.25 + 90.75) / 2);
        assertThat(Regtest.outputs(bind("typprice"))[0][0]).isEqualTo((93.25 + 90.75 + 91.5) / 3);
        assertThat(Regtest.outputs(bind("wclprice"))[0][0]).isEqualTo((93.25 + 90.75 + 2 * 91.5) / 4);
    }
}
