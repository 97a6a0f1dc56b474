package dev.quiver.core.analytics.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.BindingContext;
import dev.quiver.core.analytics.BindingException;
import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.InputSpec;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.support.EmpyricalData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The return and risk metrics as catalogue entries: names, inputs, parameters and anchoring. */
class MetricCatalogueTest {

    private static final List<String> BENCHMARKED =
            List.of("alpha_beta", "capture", "up_capture", "down_capture", "excess_sharpe", "information_ratio");

    static Stream<AnalyticDefinition> metrics() {
        return StandardCatalogue.get().definitions().stream()
                .filter(d -> d.family() == Family.RETURNS || d.family() == Family.RISK)
                .filter(d -> !d.name().equals("returns") && !d.name().equals("log_returns"));
    }

    @Test
    void shouldListEveryMetricOfTheSpec() {
        assertThat(metrics().map(AnalyticDefinition::name))
                .containsExactlyInAnyOrder(
                        "cum_returns",
                        "drawdown",
                        "max_drawdown",
                        "annual_return",
                        "cagr",
                        "annual_volatility",
                        "sharpe_ratio",
                        "sortino_ratio",
                        "downside_risk",
                        "calmar_ratio",
                        "omega_ratio",
                        "value_at_risk",
                        "conditional_value_at_risk",
                        "tail_ratio",
                        "stability_of_timeseries",
                        "alpha_beta",
                        "capture",
                        "up_capture",
                        "down_capture",
                        "excess_sharpe",
                        "information_ratio");
        assertThat(StandardCatalogue.get().find("alpha_beta").orElseThrow().outputs())
                .containsExactly("alpha", "beta");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void shouldBeAnchoredAndReadTheSubjectsReturnsByDefault(AnalyticDefinition metric) {
        assertThat(metric.anchored()).isTrue();
        InputSpec returns = metric.inputSpecs().stream()
                .filter(i -> i.name().equals("returns"))
                .findFirst()
                .orElseThrow();
        assertThat(returns.defaultExpression()).contains("returns(close)");
        assertThat(metric.params()).allMatch(ParamSpec::keywordOnly);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void shouldRequireABenchmarkFirstWhereItCompares(AnalyticDefinition metric) {
        boolean benchmarked = BENCHMARKED.contains(metric.name());
        assertThat(metric.inputSpecs().get(0).required()).isEqualTo(benchmarked);
        if (benchmarked) {
            assertThat(metric.inputs()).containsExactly("factor", "returns");
        }
    }

    @Test
    void shouldKeepReturnsAnOrdinaryAnalyticOfClose() {
        AnalyticDefinition returns = StandardCatalogue.get().find("returns").orElseThrow();
        assertThat(returns.anchored()).isFalse();
        assertThat(returns.inputs()).containsExactly("close");
    }

    @Test
    void shouldReadTheBarTimeForCalendarGrowth() {
        assertThat(StandardCatalogue.get().find("cagr").orElseThrow().inputSpecs())
                .containsExactly(
                        InputSpec.withDefault("returns", "returns(close)"), InputSpec.withDefault("time", "time"));
    }

    @Test
    void shouldAnnualiseWithTheSubjectsCalendar() {
        AnalyticDefinition sharpe = StandardCatalogue.get().find("sharpe_ratio").orElseThrow();
        double[] returns = EmpyricalData.MIXED;
        double daily = last(sharpe.bind(Arguments.none()), returns);
        double crypto = last(sharpe.bind(Arguments.none(), new BindingContext(365)), returns);
        assertThat(crypto).isCloseTo(daily * Math.sqrt(365.0 / 252), within(1e-12));
        assertThat(sharpe.bind(Arguments.none(), new BindingContext(365)).text())
                .isEqualTo("sharpe_ratio()");
    }

    @Test
    void shouldRejectAWindowOfOne() {
        assertThatThrownBy(() -> StandardCatalogue.get()
                        .bind("sharpe_ratio", Arguments.none().with("window", 1)))
                .isInstanceOf(BindingException.class)
                .hasMessage("sharpe_ratio: window must be 0 (expanding) or at least 2, was 1");
        assertThatThrownBy(() -> StandardCatalogue.get()
                        .bind("tail_ratio", Arguments.none().with("window", -3)))
                .hasMessage("tail_ratio: window must be an integer in [0, 100000], was -3");
    }

    @Test
    void shouldWriteNonDefaultKeywordsOnly() {
        assertThat(StandardCatalogue.get()
                        .bind(
                                "value_at_risk",
                                Arguments.none().with("cutoff", 0.01).with("window", 252))
                        .text())
                .isEqualTo("value_at_risk(window=252, cutoff=0.01)");
    }

    private static double last(BoundAnalytic analytic, double[] returns) {
        double[] s = analytic.batchKernel().compute(new double[][] {returns})[0];
        return s[s.length - 1];
    }
}
