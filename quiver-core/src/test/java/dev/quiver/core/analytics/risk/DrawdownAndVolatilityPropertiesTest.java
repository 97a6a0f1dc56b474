package dev.quiver.core.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.EmpyricalData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the drawdown and volatility metrics over any returns above -100%. */
class DrawdownAndVolatilityPropertiesTest {

    @Provide
    Arbitrary<double[]> returns() {
        return Arbitraries.doubles()
                .between(-0.99, 1.0)
                .array(double[].class)
                .ofMinSize(1)
                .ofMaxSize(120)
                .map(EmpyricalData::afterBase);
    }

    @Provide
    Arbitrary<Integer> windows() {
        return Arbitraries.of(0, 2, 3, 7, 30);
    }

    @Property(tries = 200)
    void maxDrawdownShouldNeverBePositive(@ForAll("returns") double[] returns, @ForAll("windows") int window) {
        for (double v : series("max_drawdown", window, returns)) {
            assertThat(v)
                    .satisfiesAnyOf(
                            d -> assertThat(d).isNaN(), d -> assertThat(d).isLessThanOrEqualTo(0.0));
        }
    }

    @Property(tries = 200)
    void drawdownShouldNeverBePositiveNorBelowTheMaximumDrawdown(@ForAll("returns") double[] returns) {
        double[] drawdown = EmpyricalData.series("drawdown", Arguments.none(), returns);
        double[] max = series("max_drawdown", 0, returns);
        for (int i = 1; i < returns.length; i++) {
            assertThat(drawdown[i]).isLessThanOrEqualTo(0.0).isGreaterThanOrEqualTo(max[i]);
        }
    }

    @Property(tries = 200)
    void annualVolatilityShouldNeverBeNegative(@ForAll("returns") double[] returns, @ForAll("windows") int window) {
        for (double v : series("annual_volatility", window, returns)) {
            assertThat(v)
                    .satisfiesAnyOf(
                            d -> assertThat(d).isNaN(), d -> assertThat(d).isGreaterThanOrEqualTo(0.0));
        }
    }

    /** empyrical's {@code test_max_drawdown_translation}: higher returns never deepen the maximum drawdown. */
    @Property(tries = 200)
    void maxDrawdownShouldNotDeepenWhenEveryReturnRises(@ForAll("returns") double[] returns) {
        double[] raised = returns.clone();
        for (int i = 1; i < raised.length; i++) {
            raised[i] += 0.01;
        }
        double before = series("max_drawdown", 0, returns)[returns.length - 1];
        double after = series("max_drawdown", 0, raised)[returns.length - 1];
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    private static double[] series(String name, int window, double[] returns) {
        return EmpyricalData.series(name, Arguments.none().with("window", window), returns);
    }
}
