package dev.quiver.core.analytics.standard;

import static dev.quiver.core.analytics.support.Catalogued.bind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.BoundAnalytic;
import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class AnalyticPropertiesTest {

    /** Bars as high, low, close columns with low <= close <= high, prices in (1, 1000). */
    @Provide
    Arbitrary<double[][]> bars() {
        Arbitrary<double[]> bar = Combinators.combine(
                        Arbitraries.doubles().between(1, 1000),
                        Arbitraries.doubles().between(0, 50),
                        Arbitraries.doubles().between(0, 1))
                .as((mid, range, position) ->
                        new double[] {mid + range / 2, mid - range / 2, mid - range / 2 + position * range});
        return bar.array(double[][].class).ofMinSize(60).ofMaxSize(300).map(rows -> {
            double[][] cols = new double[3][rows.length];
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0; k < 3; k++) {
                    cols[k][i] = rows[i][k];
                }
            }
            return cols;
        });
    }

    @Provide
    Arbitrary<double[]> closes() {
        return Arbitraries.doubles()
                .between(1, 1000)
                .array(double[].class)
                .ofMinSize(60)
                .ofMaxSize(300);
    }

    @Property(tries = 200)
    void bollingerBandsShouldBeOrdered(
            @ForAll("closes") double[] close,
            @ForAll @IntRange(min = 2, max = 50) int n,
            @ForAll @DoubleRange(min = 0, max = 4) double up,
            @ForAll @DoubleRange(min = 0, max = 4) double down,
            @ForAll("maTypes") String matype) {
        double[][] b = bind("bbands", Arguments.of(n, up, down).with("matype", matype))
                .batchKernel()
                .compute(new double[][] {close});
        for (int i = 0; i < close.length; i++) {
            if (!Double.isNaN(b[1][i])) {
                assertThat(b[2][i]).isLessThanOrEqualTo(b[1][i]);
                assertThat(b[1][i]).isLessThanOrEqualTo(b[0][i]);
            }
        }
    }

    @Provide
    Arbitrary<String> maTypes() {
        return Arbitraries.of("sma", "ema", "wma");
    }

    @Property(tries = 200)
    void rsiShouldStayWithinZeroAndHundred(
            @ForAll("closes") double[] close, @ForAll @IntRange(min = 2, max = 50) int n, @ForAll boolean seedZero) {
        double[] rsi = bind("rsi", Arguments.of(n).with("seed", seedZero ? "zero" : "sma"))
                .batchKernel()
                .compute(new double[][] {close})[0];
        assertWithin(rsi, 0, 100);
    }

    @Property(tries = 200)
    void stochasticsShouldStayWithinZeroAndHundred(
            @ForAll("bars") double[][] hlc,
            @ForAll @IntRange(min = 1, max = 30) int fastK,
            @ForAll @IntRange(min = 1, max = 10) int slowK,
            @ForAll @IntRange(min = 1, max = 10) int slowD) {
        for (double[] o : bind("stoch", Arguments.of(fastK, slowK).with("slowd_period", slowD))
                .batchKernel()
                .compute(hlc)) {
            assertWithin(o, 0, 100);
        }
        for (double[] o : bind("stochf", fastK, slowK).batchKernel().compute(hlc)) {
            assertWithin(o, 0, 100);
        }
    }

    /**
     * A finite-memory analytic's value at a bar depends only on the last {@code lookback + 1} bars:
     * computed over the whole history or over just those bars, the last value agrees to the rounding
     * of running sums: 1e-9 relative. The variance-based outputs (bbands, stddev, var) follow
     * TA-Lib's running sums of squares, whose rounding the square root magnifies when a window is
     * nearly flat, and TA-Lib's zero threshold on the variance (1e-8) can then switch a deviation
     * between 0 and 1e-4 (times nbdev, at most 2 here): they may differ by 1e-6 of the largest input
     * plus 2e-4.
     */
    @Property(tries = 300)
    void finiteMemoryResultsShouldNotDependOnEarlierHistory(
            @ForAll("bars") double[][] hlc,
            @ForAll("finiteMemory") String name,
            @ForAll @IntRange(min = 2, max = 40) int n) {
        BoundAnalytic a = bind(name, n);
        double[][] in = new double[a.inputs().size()][];
        for (int k = 0; k < in.length; k++) {
            in[k] = switch (a.inputs().get(k)) {
                case "high" -> hlc[0];
                case "low" -> hlc[1];
                default -> hlc[2];
            };
        }
        int len = in[0].length;
        int window = a.lookback() + 1;
        if (window > len) {
            return;
        }
        double[][] tail = new double[in.length][];
        for (int k = 0; k < in.length; k++) {
            tail[k] = Arrays.copyOfRange(in[k], len - window, len);
        }
        double[][] full = a.batchKernel().compute(in);
        double[][] shortRun = a.batchKernel().compute(tail);
        boolean varianceBased = Set.of("bbands", "stddev", "var").contains(name);
        double scale = Arrays.stream(in)
                .flatMapToDouble(Arrays::stream)
                .map(Math::abs)
                .max()
                .orElse(1);
        for (int j = 0; j < full.length; j++) {
            double x = full[j][len - 1];
            double y = shortRun[j][window - 1];
            double tolerance =
                    varianceBased ? 1e-6 * scale + 2e-4 : 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
            assertThat(Math.abs(x - y)).as("%s output %d: %s vs %s", a, j, x, y).isLessThanOrEqualTo(tolerance);
        }
    }

    @Provide
    Arbitrary<String> finiteMemory() {
        return Arbitraries.of(
                "sma",
                "wma",
                "bbands",
                "stddev",
                "var",
                "sum",
                "min",
                "max",
                "midpoint",
                "midprice",
                "willr",
                "cci",
                "mom",
                "roc");
    }

    private static void assertWithin(double[] values, double lo, double hi) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                assertThat(v).isBetween(lo - 1e-9, hi + 1e-9);
            }
        }
    }
}
