package dev.quiver.core.engine.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.ExpressionException;
import dev.quiver.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class PullEngineTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final AssetId BTC = AssetId.of("BTC-USD");
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    private static double[] ramp(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 100 + i;
        }
        return v;
    }

    private final InMemoryBarSource source = new InMemoryBarSource()
            .add(Asset.defaultFor(AAPL), MONDAY, ramp(30))
            .add(Asset.defaultFor(BTC), MONDAY, ramp(42));
    private final PullEngine engine = new PullEngine(StandardCatalogue.get(), source, Runnable::run);

    private PullResult pull(DateRange range, Alignment alignment, String... expressions) {
        return engine.evaluate(new PullRequest(AAPL, List.of(expressions), range, alignment));
    }

    @Test
    void shouldReadHistoryBeforeRangeAsWarmUp() {
        // 2024-01-08 is the sixth session: sma(3) there is the mean of closes 103, 104, 105.
        PullResult result = pull(
                DateRange.closed(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 9)),
                Alignment.INTERSECT,
                "close",
                "sma(3)");

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.date(0)).isEqualTo(LocalDate.of(2024, 1, 8));
        assertThat(result.column("close")).containsExactly(105, 106);
        assertThat(result.column("sma(3)")).containsExactly(104, 105);
    }

    @Test
    void shouldLeaveCellsBeforeLookbackEmpty() {
        double[] sma = pull(DateRange.ALL, Alignment.INTERSECT, "sma(5)").column("sma(5)");

        assertThat(sma).hasSize(30);
        assertThat(sma[3]).isNaN();
        assertThat(sma[4]).isEqualTo(102);
    }

    @Test
    void shouldAlignOtherAssetBySessionDate() {
        // BTC trades every day: on the second Monday (AAPL's sixth session) its close is 100 + 7.
        DateRange secondMonday = DateRange.closed(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 8));

        assertThat(pull(secondMonday, Alignment.INTERSECT, "close@BTC-USD").column("close@BTC-USD"))
                .containsExactly(107);
    }

    @Test
    void shouldForwardFillOnlyWhenAskedAsOf() {
        InMemoryBarSource weekly = new InMemoryBarSource()
                .add(Asset.defaultFor(AAPL), MONDAY, ramp(10))
                .add(Asset.defaultFor(AssetId.of("SPY")), MONDAY, new double[] {1, 2});
        PullEngine sparse = new PullEngine(StandardCatalogue.get(), weekly, Runnable::run);

        double[] intersect = sparse.evaluate(
                        new PullRequest(AAPL, List.of("close@SPY"), DateRange.ALL, Alignment.INTERSECT))
                .column("close@SPY");
        double[] asof = sparse.evaluate(new PullRequest(AAPL, List.of("close@SPY"), DateRange.ALL, Alignment.ASOF))
                .column("close@SPY");

        assertThat(intersect[1]).isEqualTo(2);
        assertThat(intersect[2]).isNaN();
        assertThat(asof[2]).isEqualTo(2);
        assertThat(asof[9]).isEqualTo(2);
    }

    @Test
    void shouldStartMetricsAtTheRangesFirstBar() {
        // From the sixth session (close 105): returns 106/105 - 1, 107/106 - 1, ...; the first bar is the base.
        LocalDate sixth = LocalDate.of(2024, 1, 8);
        PullResult result = pull(DateRange.closed(sixth, null), Alignment.INTERSECT, "cum_returns()", "returns()");

        double[] cumulative = result.column("cum_returns()");
        assertThat(cumulative[0]).isZero();
        assertThat(cumulative[1]).isCloseTo(106 / 105.0 - 1, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(cumulative[result.rows() - 1])
                .isCloseTo(129 / 105.0 - 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(result.column("returns()")[0]).isEqualTo(105 / 104.0 - 1);
    }

    @Test
    void shouldAnnualiseWithTheSubjectsCalendar() {
        double equity = engine.evaluate(
                        new PullRequest(AAPL, List.of("annual_volatility()"), DateRange.ALL, Alignment.INTERSECT))
                .column("annual_volatility()")[29];
        double crypto = engine.evaluate(
                        new PullRequest(BTC, List.of("annual_volatility()"), DateRange.ALL, Alignment.INTERSECT))
                .column("annual_volatility()")[29];

        assertThat(crypto / equity).isCloseTo(Math.sqrt(365 / 252.0), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void shouldRequireTheFactorOfTwoAssetMetrics() {
        assertThatThrownBy(() -> pull(DateRange.ALL, Alignment.INTERSECT, "alpha_beta()"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("needs its factor input");
        assertThat(pull(DateRange.ALL, Alignment.INTERSECT, "alpha_beta(returns(close@BTC-USD)).beta")
                        .failures())
                .isEmpty();
    }

    @Test
    void shouldFailOnlyTheColumnWhoseDataIsMissing() {
        PullResult result = pull(DateRange.ALL, Alignment.INTERSECT, "sma(volume, 3)", "close");

        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("sma(volume, 3)");
            assertThat(f.reason()).contains("volume is not available for AAPL");
        });
        assertThat(result.column("close")[0]).isEqualTo(100);
    }

    @Test
    void shouldNameUnknownAssetAtItsPosition() {
        assertThatThrownBy(() -> pull(DateRange.ALL, Alignment.INTERSECT, "sma(close@NOPE, 5)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("unknown asset 'NOPE'")
                .hasMessageContaining("position 4");
        assertThatThrownBy(() -> engine.evaluate(
                        new PullRequest(AssetId.of("NOPE"), List.of("close"), DateRange.ALL, Alignment.INTERSECT)))
                .isInstanceOf(MissingDataException.class);
    }

    @Test
    void shouldSayWhenRangeHoldsNoBars() {
        assertThatThrownBy(() -> pull(DateRange.closed(LocalDate.of(2030, 1, 1), null), Alignment.INTERSECT, "close"))
                .isInstanceOf(MissingDataException.class)
                .hasMessage("no bars for AAPL in [2030-01-01, )");
    }

    @Test
    void shouldEvaluateAssetsConcurrentlyEachFailingAlone() {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            PullEngine parallel = new PullEngine(StandardCatalogue.get(), source, executor);
            List<CompletableFuture<PullResult>> results = parallel.evaluateAll(List.of(
                    new PullRequest(AAPL, List.of("sma(2)"), DateRange.ALL, Alignment.INTERSECT),
                    new PullRequest(AssetId.of("NOPE"), List.of("close"), DateRange.ALL, Alignment.INTERSECT),
                    new PullRequest(BTC, List.of("sma(2)"), DateRange.ALL, Alignment.INTERSECT)));

            assertThat(results.get(0).join().rows()).isEqualTo(30);
            assertThatThrownBy(results.get(1)::join).hasCauseInstanceOf(MissingDataException.class);
            assertThat(results.get(2).join().rows()).isEqualTo(42);
        } finally {
            executor.shutdown();
        }
    }
}
