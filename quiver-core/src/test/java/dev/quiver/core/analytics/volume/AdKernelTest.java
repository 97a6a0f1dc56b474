package dev.quiver.core.analytics.volume;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;

class AdKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hlcv.c}, "AD TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("ad"), 0, 0, 0, -1631000.00);
        Regtest.assertValue(bind("ad"), 0, 0, 1, 2974412.02);
        Regtest.assertValue(bind("ad"), 0, 0, 250, 8707691.07);
        Regtest.assertValue(bind("ad"), 0, 0, 251, 8328944.54);
    }

    @Test
    void shouldAgreeWithTaLibJavaOnSpy() {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("ad"),
                s,
                (c, end, b, nb, o) -> c.ad(0, end, s.high(), s.low(), s.close(), s.volume(), b, nb, o[0]));
    }

    /**
     * Chaikin's definition (StockCharts ChartSchool "Accumulation Distribution Line"): money flow
     * multiplier ((close - low) - (high - close)) / (high - low), times volume, accumulated; computed
     * here on the reference data.
     */
    @Test
    void shouldAccumulateMoneyFlowVolume() {
        var r = TestData.talibReference();
        double[] out = Regtest.outputs(bind("ad"))[0];
        double ad = 0;
        for (int t = 0; t < r.size(); t++) {
            double h = r.high()[t];
            double l = r.low()[t];
            double c = r.close()[t];
            ad += ((c - l) - (h - c)) / (h - l) * r.volume()[t];
            assertThat(out[t]).isCloseTo(ad, within(1e-9 * Math.max(1, Math.abs(ad))));
        }
    }
}
