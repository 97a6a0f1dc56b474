package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalData.MIXED;
import static dev.quiver.core.analytics.support.EmpyricalData.WEEKLY;
import static dev.quiver.core.analytics.support.EmpyricalData.afterBase;
import static dev.quiver.core.analytics.support.EmpyricalData.flatLine;
import static dev.quiver.core.analytics.support.EmpyricalData.last;
import static dev.quiver.core.analytics.support.EmpyricalData.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.Arguments;
import org.junit.jupiter.api.Test;

/** Expected values: empyrical {@code tests/test_stats.py}, {@code test_annual_volatility} (ddof = 1), to 8 decimals. */
class AnnualVolatilityKernelTest {

    @Test
    void shouldMatchEmpyricalAnnualVolatility() {
        assertThat(last("annual_volatility", Arguments.none(), afterBase(flatLine(1000))))
                .isZero();
        assertThat(last("annual_volatility", Arguments.none(), MIXED)).isCloseTo(0.9136465399704637, within(1e-8));
        assertThat(last("annual_volatility", Arguments.none().with("periods", 52), afterBase(WEEKLY)))
                .isCloseTo(0.38851569394870583, within(1e-8));
        assertThat(last("annual_volatility", Arguments.none().with("periods", 12), afterBase(WEEKLY)))
                .isCloseTo(0.18663690238892558, within(1e-8));
    }

    @Test
    void shouldNeedTwoReturns() {
        double[] v = series("annual_volatility", Arguments.none(), MIXED);
        assertThat(v[1]).isNaN();
        assertThat(v[2]).isCloseTo(Math.sqrt(0.0081 / 2) * Math.sqrt(252), within(1e-12));
    }
}
