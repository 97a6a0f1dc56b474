package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.ManualClock;
import dev.quiver.core.engine.push.support.Snapshots;
import dev.quiver.core.expr.ExpressionException;
import dev.quiver.core.time.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The engine's edges: input validation, back pressure, errors inside shards, intervals, shutdown. */
class PushEngineTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final Instant MORNING = Instant.parse("2024-01-02T15:00:00Z");

    private static PushConfig.Builder config() {
        return Engines.config(new ManualClock(MORNING));
    }

    @Test
    void shouldApplyEveryTickThroughAQueueOfTwoSlots() {
        try (PushEngine engine =
                PushEngine.start(config().queueCapacity(2).shards(2).build())) {
            engine.add(AAPL, List.of("sum(volume, 2)")).join();

            for (int i = 0; i < 10_000; i++) {
                engine.tick(AAPL, MORNING.toEpochMilli() + i, 100, 1);
            }

            assertThat(Snapshots.read(engine, AAPL).get("sum(volume, 2)").value())
                    .as("the forming bar's volume")
                    .isNaN();
            assertThat(engine.stats().ticks()).isEqualTo(10_000);
            engine.tick(AAPL, MORNING.plusSeconds(86_400).toEpochMilli(), 100, 1);
            assertThat(Snapshots.read(engine, AAPL).get("sum(volume, 2)").value())
                    .isEqualTo(10_001);
        }
    }

    @Test
    void shouldAggregateTicksIntoBarsOfTheConfiguredInterval() {
        try (PushEngine engine =
                PushEngine.start(config().interval(Interval.ONE_HOUR).build())) {
            engine.add(AAPL, List.of("high", "sma(close, 2)")).join();
            engine.tick(AAPL, MORNING.plusSeconds(300).toEpochMilli(), 10, 1);
            engine.tick(AAPL, MORNING.plusSeconds(1800).toEpochMilli(), 14, 1);
            engine.tick(AAPL, MORNING.plusSeconds(4000).toEpochMilli(), 12, 1);

            Map<String, NodeUpdate> values = Snapshots.read(engine, AAPL);
            assertThat(values.get("sma(close, 2)").value()).isEqualTo(13);
            assertThat(values.get("high").barTime()).isEqualTo(MORNING.plusSeconds(3600));
            assertThat(values.get("high").value()).isEqualTo(12);
        }
    }

    @Test
    void shouldFailTheChangeAndTellTheErrorHandlerWhenASubjectReadsTooManyAssets() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (PushEngine engine =
                PushEngine.start(config().errorHandler(errors::add).build())) {
            List<String> expressions = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                expressions.add("close@A" + i);
            }

            assertThatThrownBy(() -> engine.add(AAPL, expressions).join())
                    .isInstanceOf(CompletionException.class)
                    .hasMessageContaining("at most 64 assets");
            Snapshots.read(engine, AAPL);
            assertThat(errors).singleElement().isInstanceOf(IllegalArgumentException.class);
            assertThat(engine.stats().errors()).isEqualTo(1);
            engine.add(AAPL, List.of("close")).join();
        }
    }

    @Test
    void shouldRejectBadInputAtTheEdge() {
        try (PushEngine engine = PushEngine.start(config().build())) {
            assertThatThrownBy(() -> engine.add(AAPL, List.of("sma(close, 1)")))
                    .isInstanceOf(ExpressionException.class);
            assertThatThrownBy(() -> engine.tick(AAPL, 0, Double.NaN, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be finite");
            engine.remove(AssetId.of("NEVER"), List.of("close")).join();
        }
    }

    @Test
    void shouldCountInputsForAssetsNoExpressionReads() {
        try (PushEngine engine = PushEngine.start(config().build())) {
            engine.tick(AAPL, MORNING.toEpochMilli(), 100, 1);
            engine.closeBar(AAPL);

            Snapshots.read(engine, AAPL);
            assertThat(engine.stats().untrackedInputs()).isEqualTo(2);
            assertThat(engine.stats().ticks()).isZero();
        }
    }

    @Test
    void shouldRefuseInputOnceClosed() {
        PushEngine engine = PushEngine.start(config().queueCapacity(2).build());
        engine.close();

        assertThatThrownBy(() -> engine.tick(AAPL, MORNING.toEpochMilli(), 100, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
