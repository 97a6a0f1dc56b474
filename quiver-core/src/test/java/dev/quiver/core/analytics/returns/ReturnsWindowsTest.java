package dev.quiver.core.analytics.returns;

import static dev.quiver.core.analytics.support.EmpyricalReference.annualReturn;
import static dev.quiver.core.analytics.support.EmpyricalReference.capture;
import static dev.quiver.core.analytics.support.EmpyricalReference.growth;
import static dev.quiver.core.analytics.support.EmpyricalReference.stability;

import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.analytics.support.Catalogued;
import dev.quiver.core.analytics.support.MetricCheck;
import dev.quiver.core.analytics.support.MetricCheck.Slice;
import dev.quiver.core.analytics.support.PushPull;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The returns family over SPY against the plain definitions: expanding at every bar (so the last
 * value is the metric of the whole range), rolling over 63 returns, and push == pull for the
 * windowed and parametrised variants (the defaults are checked for every analytic by the catalogue
 * test).
 */
class ReturnsWindowsTest {

    private static final int WINDOW = 63;

    static Stream<ArgumentSet> expanding() {
        return Stream.of(
                metric("cum_returns", Arguments.none(), s -> growth(s.returns()) - 1),
                metric("cum_returns", Arguments.none().with("starting_value", 100), s -> 100 * growth(s.returns())),
                metric("annual_return", Arguments.none(), s -> annualReturn(s.returns(), s.bars(), 252)),
                metric(
                        "annual_return",
                        Arguments.none().with("periods", 365),
                        s -> annualReturn(s.returns(), s.bars(), 365)),
                metric("cagr", Arguments.none(), ReturnsWindowsTest::cagr),
                metric("stability_of_timeseries", Arguments.none(), s -> stability(s.returns())),
                metric("capture", Arguments.none(), s -> capture(s.factor(), s.returns(), 0, s.bars(), 252)),
                metric("up_capture", Arguments.none(), s -> capture(s.factor(), s.returns(), 1, s.bars(), 252)),
                metric("down_capture", Arguments.none(), s -> capture(s.factor(), s.returns(), -1, s.bars(), 252)));
    }

    static Stream<ArgumentSet> rolling() {
        Arguments w = Arguments.none().with("window", WINDOW);
        return Stream.of(
                metric("annual_return", w, s -> annualReturn(s.returns(), s.bars(), 252)),
                metric("cagr", w, ReturnsWindowsTest::cagr),
                metric("stability_of_timeseries", w, s -> stability(s.returns())),
                metric("capture", w, s -> capture(s.factor(), s.returns(), 0, s.bars(), 252)),
                metric("up_capture", w, s -> capture(s.factor(), s.returns(), 1, s.bars(), 252)),
                metric("down_capture", w, s -> capture(s.factor(), s.returns(), -1, s.bars(), 252)));
    }

    @ParameterizedTest
    @MethodSource("expanding")
    void shouldEqualTheMetricOfTheRangeUpToEachBar(BoundAnalytic analytic, ToDoubleFunction<Slice> reference) {
        MetricCheck.assertExpanding(analytic, 0, reference);
    }

    @ParameterizedTest
    @MethodSource("rolling")
    void shouldEqualTheMetricOfTheLastWindowReturns(BoundAnalytic analytic, ToDoubleFunction<Slice> reference) {
        MetricCheck.assertRolling(analytic, WINDOW, 0, reference);
    }

    @ParameterizedTest
    @MethodSource({"expanding", "rolling"})
    void shouldGiveTheBatchResultWhenPushedBarByBar(BoundAnalytic analytic, ToDoubleFunction<Slice> reference) {
        PushPull.assertAgrees(
                analytic,
                MetricCheck.spyColumns(analytic.inputs()),
                analytic.text().hashCode());
    }

    private static double cagr(Slice s) {
        return Math.pow(growth(s.returns()), 365.25 * 86400 / (s.endTime() - s.startTime())) - 1;
    }

    private static ArgumentSet metric(String name, Arguments arguments, ToDoubleFunction<Slice> reference) {
        BoundAnalytic analytic = Catalogued.bind(name, arguments);
        return org.junit.jupiter.params.provider.Arguments.argumentSet(analytic.text(), analytic, reference);
    }
}
