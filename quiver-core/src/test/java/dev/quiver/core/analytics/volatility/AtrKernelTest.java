package dev.quiver.core.analytics.volatility;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Regtest;
import dev.quiver.core.analytics.support.TaLibJava;
import dev.quiver.core.analytics.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AtrKernelTest {

    /** Expected values from TA-Lib 0.4.0 {@code ta_regtest/ta_test_func/test_trange.c}, "ATR TEST". */
    @Test
    void shouldMatchTaLibRegressionTable() {
        Regtest.assertValue(bind("atr", 1), 1, 0, 0, 3.535);
        Regtest.assertValue(bind("atr", 1), 1, 0, 250, 2.88);
        Regtest.assertValue(bind("atr", 14), 14, 0, 0, 3.578);
        Regtest.assertValue(bind("atr", 14), 14, 0, 1, 3.4876);
        Regtest.assertValue(bind("atr", 14), 14, 0, 2, 3.55);
        Regtest.assertValue(bind("atr", 14), 14, 0, 12, 3.245);
        Regtest.assertValue(bind("atr", 14), 14, 0, 13, 3.394);
        Regtest.assertValue(bind("atr", 14), 14, 0, 14, 3.413);
        Regtest.assertValue(bind("atr", 14), 14, 0, 237, 3.26);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 14, 50})
    void shouldAgreeWithTaLibJavaOnSpy(int n) {
        var s = TestData.spy();
        TaLibJava.assertMatches(
                bind("atr", n), s, (c, end, b, nb, o) -> c.atr(0, end, s.high(), s.low(), s.close(), n, b, nb, o[0]));
    }

    /**
     * The batch loop learns of NaN inputs from its running state; a NaN close on the last bar, or a
     * NaN on bar 0, never reaches a true range, yet must still skip its bar as the state does.
     */
    @ParameterizedTest
    @CsvSource({"2,251", "0,0", "1,0", "2,0", "2,100"})
    void shouldSkipNaNRowsThatNoTrueRangeReads(int column, int bar) {
        var ref = TestData.talibReference();
        double[][] in = {ref.high().clone(), ref.low().clone(), ref.close().clone()};
        in[column][bar] = Double.NaN;
        var atr = bind("atr", 14);
        double[][] batch = atr.batchKernel().compute(in);
        var state = atr.newState();
        double[] row = new double[3];
        for (int t = 0; t < ref.size(); t++) {
            for (int k = 0; k < 3; k++) {
                row[k] = in[k][t];
            }
            state.update(row, false);
            assertThat(Double.compare(batch[0][t], state.value()))
                    .as("bar %d", t)
                    .isZero();
        }
    }

    /**
     * seed=stockcharts follows StockCharts ChartSchool's "Average True Range (ATR)" article: the
     * first TR is high - low, the first ATR is the mean of the first 14 TRs, then (prior * 13 + TR)
     * / 14. Expected values are computed here from that definition.
     */
    @Test
    void shouldSeedWithTheFirstBarsRangeWithSeedStockcharts() {
        var ref = TestData.talibReference();
        double[] out = Regtest.outputs(bind("atr", Arguments.of(14).with("seed", "stockcharts")))[0];
        double atr = 0;
        for (int t = 0; t < ref.size(); t++) {
            double tr = ref.high()[t] - ref.low()[t];
            if (t > 0) {
                double pc = ref.close()[t - 1];
                tr = Math.max(tr, Math.max(Math.abs(ref.high()[t] - pc), Math.abs(ref.low()[t] - pc)));
            }
            atr = t < 14 ? atr + tr / 14 : (atr * 13 + tr) / 14;
            if (t >= 13) {
                assertThat(out[t]).isCloseTo(atr, within(1e-9));
            } else {
                assertThat(out[t]).isNaN();
            }
        }
    }
}
