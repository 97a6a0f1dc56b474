package dev.quiver.core.analytics.statistics;

import static dev.quiver.core.analytics.support.Catalogued.bind;

import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairStatisticTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_per_hl.c} (inputs high, low). */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("beta", 5), 5, 0, 0, 0.62907);
        Regtest.assertValue(bind("beta", 5), 5, 0, 1, 0.83604);
        Regtest.assertValue(bind("correl", 20), 19, 0, 0, 0.9401569);
        Regtest.assertValue(bind("correl", 20), 19, 0, 1, 0.9471812);
        Regtest.assertValue(bind("correl", 20), 19, 0, 252 - 20, 0.8866901);
    }

    /** SPY's close against its open, two related but different series. */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 30, 60})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        double[][] in = {s.close(), s.open()};
        var beta = bind("beta", n);
        var correl = bind("correl", n);
        TaLibJava.assertAgrees(
                beta.text(),
                TaLibJava.run(s.size(), 1, (c, end, b, nb, o) -> c.beta(0, end, in[0], in[1], n, b, nb, o[0])),
                beta.batchKernel().compute(in));
        TaLibJava.assertAgrees(
                correl.text(),
                TaLibJava.run(s.size(), 1, (c, end, b, nb, o) -> c.correl(0, end, in[0], in[1], n, b, nb, o[0])),
                correl.batchKernel().compute(in));
    }
}
