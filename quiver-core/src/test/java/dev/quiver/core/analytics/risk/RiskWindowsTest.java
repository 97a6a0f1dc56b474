package dev.quiver.core.analytics.risk;

import static dev.quiver.core.analytics.support.EmpyricalReference.alpha;
import static dev.quiver.core.analytics.support.EmpyricalReference.beta;
import static dev.quiver.core.analytics.support.EmpyricalReference.calmar;
import static dev.quiver.core.analytics.support.EmpyricalReference.cvar;
import static dev.quiver.core.analytics.support.EmpyricalReference.downsideRisk;
import static dev.quiver.core.analytics.support.EmpyricalReference.drawdown;
import static dev.quiver.core.analytics.support.EmpyricalReference.excessSharpe;
import static dev.quiver.core.analytics.support.EmpyricalReference.maxDrawdown;
import static dev.quiver.core.analytics.support.EmpyricalReference.omega;
import static dev.quiver.core.analytics.support.EmpyricalReference.percentile;
import static dev.quiver.core.analytics.support.EmpyricalReference.sampleStd;
import static dev.quiver.core.analytics.support.EmpyricalReference.sharpe;
import static dev.quiver.core.analytics.support.EmpyricalReference.sortino;
import static dev.quiver.core.analytics.support.EmpyricalReference.tailRatio;

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
 * The risk family over SPY against the plain definitions: expanding at every bar (so the last value
 * is the metric of the whole range), rolling over 63 returns, and push == pull for the windowed and
 * parametrised variants (the defaults are checked for every analytic by the catalogue test).
 */
class RiskWindowsTest {

    private static final int WINDOW = 63;

    static Stream<ArgumentSet> expanding() {
        return metrics(Arguments.none());
    }

    static Stream<ArgumentSet> rolling() {
        return metrics(Arguments.none().with("window", WINDOW));
    }

    static Stream<ArgumentSet> metrics(Arguments window) {
        Stream<ArgumentSet> both = Stream.of(
                metric("max_drawdown", window, 0, s -> maxDrawdown(s.returns())),
                metric("annual_volatility", window, 0, s -> sampleStd(s.returns()) * Math.sqrt(252)),
                metric("annual_volatility", window.with("periods", 52), 0, s -> sampleStd(s.returns()) * Math.sqrt(52)),
                metric("sharpe_ratio", window, 0, s -> sharpe(s.returns(), 0, 252)),
                metric("sharpe_ratio", window.with("risk_free", 0.0002), 0, s -> sharpe(s.returns(), 0.0002, 252)),
                metric("sortino_ratio", window, 0, s -> sortino(s.returns(), 0, 252)),
                metric(
                        "sortino_ratio",
                        window.with("required_return", 0.001),
                        0,
                        s -> sortino(s.returns(), 0.001, 252)),
                metric("downside_risk", window, 0, s -> downsideRisk(s.returns(), 0, 252)),
                metric(
                        "downside_risk",
                        window.with("required_return", 0.001),
                        0,
                        s -> downsideRisk(s.returns(), 0.001, 252)),
                metric("calmar_ratio", window, 0, s -> calmar(s.returns(), s.bars(), 252)),
                metric("omega_ratio", window, 0, s -> omega(s.returns(), 0, 0)),
                metric(
                        "omega_ratio",
                        window.with("risk_free", 0.0001).with("required_return", 0.0005),
                        0,
                        s -> omega(s.returns(), 0.0001, 0.0005)),
                metric("value_at_risk", window, 0, s -> percentile(s.returns(), 0.05)),
                metric("value_at_risk", window.with("cutoff", 0.01), 0, s -> percentile(s.returns(), 0.01)),
                metric("conditional_value_at_risk", window, 0, s -> cvar(s.returns(), 0.05)),
                metric("conditional_value_at_risk", window.with("cutoff", 0.2), 0, s -> cvar(s.returns(), 0.2)),
                metric("tail_ratio", window, 0, s -> tailRatio(s.returns())),
                metric("alpha_beta", window, 0, s -> alpha(s.factor(), s.returns(), 0, 252)),
                metric("alpha_beta", window, 1, s -> beta(s.factor(), s.returns())),
                metric(
                        "alpha_beta",
                        window.with("risk_free", 0.0001),
                        0,
                        s -> alpha(s.factor(), s.returns(), 0.0001, 252)),
                metric("excess_sharpe", window, 0, s -> excessSharpe(s.factor(), s.returns())),
                metric("information_ratio", window, 0, s -> excessSharpe(s.factor(), s.returns())));
        return window.named().containsKey("window")
                ? both
                : Stream.concat(Stream.of(metric("drawdown", window, 0, s -> drawdown(s.returns()))), both);
    }

    @ParameterizedTest
    @MethodSource("expanding")
    void shouldEqualTheMetricOfTheRangeUpToEachBar(
            BoundAnalytic analytic, int output, ToDoubleFunction<Slice> reference) {
        MetricCheck.assertExpanding(analytic, output, reference);
    }

    @ParameterizedTest
    @MethodSource("rolling")
    void shouldEqualTheMetricOfTheLastWindowReturns(
            BoundAnalytic analytic, int output, ToDoubleFunction<Slice> reference) {
        MetricCheck.assertRolling(analytic, WINDOW, output, reference);
    }

    @ParameterizedTest
    @MethodSource({"expanding", "rolling"})
    void shouldGiveTheBatchResultWhenPushedBarByBar(
            BoundAnalytic analytic, int output, ToDoubleFunction<Slice> reference) {
        PushPull.assertAgrees(
                analytic,
                MetricCheck.spyColumns(analytic.inputs()),
                analytic.text().hashCode());
    }

    private static ArgumentSet metric(String name, Arguments arguments, int output, ToDoubleFunction<Slice> reference) {
        BoundAnalytic analytic = Catalogued.bind(name, arguments);
        String label =
                analytic.text() + (output == 0 ? "" : "." + analytic.outputs().get(output));
        return org.junit.jupiter.params.provider.Arguments.argumentSet(label, analytic, output, reference);
    }
}
