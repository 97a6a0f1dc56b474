package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.graph.GraphBuilder;
import dev.quiver.core.time.Interval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final LocalDate LIVE = FIRST.plusDays(5);
    private static final List<String> EXPRESSIONS = List.of(
            "sma(close, 3)",
            "sma(sma(close, 3), 2)",
            "sma(high, 3)",
            "max(close, 3)",
            "sma(max(close, 3), 2)",
            "midprice(sma(close, 3), close, 2)");

    private final Counters counters = new Counters();
    private OwnedAsset own;
    private Plan plan;

    private OwnedAsset ownedWithHistory() {
        BarHistory history = new BarHistory();
        for (int i = 0; i < 5; i++) {
            LocalDate date = FIRST.plusDays(i);
            double close = 10 + i;
            history.put(date.atStartOfDay(NEW_YORK).toEpochSecond(), date.toEpochDay(), new double[] {
                close, close + 1, close - 1, close, 100, Double.NaN
            });
        }
        TrackedAsset data = new TrackedAsset(AAPL);
        data.install(history, Long.MIN_VALUE, false);
        return new OwnedAsset(data, new BarClock(Interval.ONE_DAY, NEW_YORK), false, LIVE.toEpochDay(), 0);
    }

    private Plan compile(OwnedAsset asset, Counters into) {
        GraphBuilder builder = new GraphBuilder(StandardCatalogue.get());
        EXPRESSIONS.forEach(e -> builder.request(AAPL, e));
        Plan compiled = new Plan(builder.build(), asset.data(), id -> null, Alignment.INTERSECT, into);
        for (int i = 0; i < asset.data().history().size(); i++) {
            compiled.commit(i);
        }
        return compiled;
    }

    private void forming(double high, double close) {
        own.bar(LIVE.atStartOfDay(NEW_YORK).toEpochSecond(), 12, high, 11, close, 100, 0);
        plan.provisional(own.formingFields(), own.forming().key());
    }

    private long evaluations() {
        return counters.get(Counter.NODE_EVALUATIONS);
    }

    @BeforeEach
    void commitHistoryAndStepOnce() {
        own = ownedWithHistory();
        plan = compile(own, counters);
        forming(13, 12);
    }

    @Test
    void shouldEvaluateEveryAnalyticInTheFirstStepOfABar() {
        assertThat(evaluations())
                .as("five commits and one step of six analytics")
                .isEqualTo(6 * 6);
    }

    @Test
    void shouldEvaluateOnlyWhatReadsTheChangedField() {
        long before = evaluations();

        forming(15, 12);

        assertThat(evaluations() - before).as("sma(high, 3) alone").isEqualTo(1);
    }

    @Test
    void shouldStopWhereAValueKeepsItsBitsAndEvaluateADiamondOnce() {
        long before = evaluations();
        long cutoffs = counters.get(Counter.CUTOFFS);

        forming(13, 13);

        assertThat(evaluations() - before)
                .as("sma(close), its sma, max(close) (unchanged at 14) and midprice once; not sma(max)")
                .isEqualTo(4);
        assertThat(counters.get(Counter.CUTOFFS) - cutoffs).isEqualTo(1);
    }

    @Test
    void shouldEvaluateNothingWhenTheBarDidNotChange() {
        long before = evaluations();

        forming(13, 12);

        assertThat(evaluations()).isEqualTo(before);
    }

    @Test
    void shouldLeaveTheValuesOfAFullRecomputationAfterCutoffs() {
        forming(15, 12);
        forming(15, 13);
        forming(14, 13);

        OwnedAsset fresh = ownedWithHistory();
        Plan recomputed = compile(fresh, new Counters());
        fresh.bar(LIVE.atStartOfDay(NEW_YORK).toEpochSecond(), 12, 14, 11, 13, 100, 0);
        recomputed.provisional(fresh.formingFields(), fresh.forming().key());
        plan.columns()
                .forEach((label, column) -> assertThat(plan.value(column.node(), column.output()))
                        .as(label)
                        .isEqualTo(recomputed.value(column.node(), column.output())));
        assertThat(plan.value(plan.column("sma(max(close, 3), 2)").node(), 0)).isEqualTo(14);
    }
}
