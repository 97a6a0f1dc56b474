package dev.quiver.core.analytics.volume;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;

class ObvKernelTest {

    @Test
    void shouldAgreeWithTaLibJavaOnSpy() {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("obv"), s, (c, end, b, nb, o) -> c.obv(0, end, s.close(), s.volume(), b, nb, o[0]));
    }

    /**
     * By Granville's definition, computed here on the reference data: start at the first volume,
     * add on an up close, subtract on a down close.
     */
    @Test
    void shouldAddUpVolumeAndSubtractDownVolume() {
        var r = TestData.talibReference();
        double[] out = Regtest.outputs(bind("obv"))[0];
        double obv = r.volume()[0];
        assertThat(out[0]).isEqualTo(obv);
        for (int t = 1; t < r.size(); t++) {
            obv += Math.signum(r.close()[t] - r.close()[t - 1]) * r.volume()[t];
            assertThat(out[t]).isEqualTo(obv);
        }
    }
}
