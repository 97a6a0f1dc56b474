package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalData.linspace;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.support.Catalogued;
import org.junit.jupiter.api.Test;

class ReturnsKernelTest {

    /**
     * empyrical {@code tests/test_stats.py}, {@code test_simple_returns}: the prices {@code pos_line =
     * linspace(0, 1, 1000)} have returns {@code [inf] + [1/n for n in range(1, 999)]} (to 4
     * decimals), and constant prices have returns 0.
     */
    @Test
    void shouldMatchEmpyricalSimpleReturns() {
        double[] r = series("returns", Arguments.none(), linspace(0, 1, 1000));
        assertThat(r[0]).isNaN();
        assertThat(r[1]).isInfinite();
        for (int n = 1; n < 999; n++) {
            assertThat(r[n + 1]).as("bar %d", n + 1).isCloseTo(1.0 / n, within(0.5e-4));
        }
        double[] flat = series("returns", Arguments.none(), new double[] {0.01, 0.01, 0.01, 0.01});
        assertThat(flat).containsExactly(Double.NaN, 0.0, 0.0, 0.0);
    }

    @Test
    void shouldSpanAMissingPriceWithTheNextReturn() {
        double[] r = series("returns", Arguments.none(), new double[] {100, 110, Double.NaN, 121});
        assertThat(r[2]).isNaN();
        assertThat(r[3]).isCloseTo(0.1, within(1e-15));
    }

    @Test
    void shouldBeAnOrdinaryAnalyticReadingClose() {
        var returns = Catalogued.bind("returns").definition();
        assertThat(returns.inputs()).containsExactly("close");
        assertThat(returns.anchored()).isFalse();
        assertThat(Catalogued.bind("returns").lookback()).isEqualTo(1);
    }
}
