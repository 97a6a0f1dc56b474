package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.replay.ReplayFeed;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.Lockstep;
import dev.quiver.core.engine.push.support.ManualClock;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.engine.push.support.Snapshots;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An engine started today primes its nodes from the history source (every bar before today), so
 * that its first live values are those pull gives.
 */
class WarmStartTest {

    private static final AssetId SPY = AssetId.of("SPY");
    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final int LIVE = 2000;

    @Test
    void shouldGiveFromTheFirstLiveBarWhatPullGives() throws InterruptedException {
        AssetData spy = PriceFiles.yahoo("SPY");
        List<String> expressions = List.of("ema(30)", "macd()", "rsi(14)", "adjclose", "sma(adjclose, 5)");
        PullResult pull = Engines.pull(SPY, expressions, spy);
        Instant today = Instant.ofEpochSecond(spy.bars().time(LIVE)).plus(Duration.ofHours(12));

        try (PushEngine engine =
                PushEngine.start(Engines.config(new ManualClock(today), spy).build())) {
            engine.add(SPY, expressions).join();
            Map<String, NodeUpdate> primed = Snapshots.read(engine, SPY);
            Lockstep lockstep = new Lockstep(engine, SPY);
            ReplayFeed.of(SPY, spy.bars().slice(LIVE, LIVE + 100)).run(lockstep);

            assertThat(primed.get("ema(30)").barTime())
                    .isEqualTo(Instant.ofEpochSecond(spy.bars().time(LIVE - 1)));
            for (String label : List.of("ema(30)", "macd().signal", "rsi(14)")) {
                assertThat(primed.get(label).value()).as(label).isEqualTo(pull.column(label)[LIVE - 1]);
                assertThat(lockstep.committed().get(label))
                        .as(label)
                        .containsExactly(Arrays.copyOfRange(pull.column(label), LIVE, LIVE + 100));
            }
            assertThat(lockstep.committed().get("adjclose")[0])
                    .as("a live bar's total-return close is its close")
                    .isEqualTo(spy.bars().bar(LIVE).close());
        }
    }

    @Test
    void shouldStartAnAssetTheSourceDoesNotKnowWithoutHistory() throws InterruptedException {
        try (PushEngine engine = PushEngine.start(Engines.config(new ManualClock(Instant.parse("2024-01-02T15:00:00Z")))
                .build())) {
            engine.add(AAPL, List.of("sma(close, 2)")).join();
            assertThat(Snapshots.read(engine, AAPL)).isEmpty();

            engine.tick(AAPL, Instant.parse("2024-01-02T15:00:00Z").toEpochMilli(), 10, 1);
            engine.tick(AAPL, Instant.parse("2024-01-03T15:00:00Z").toEpochMilli(), 12, 1);

            NodeUpdate sma = Snapshots.read(engine, AAPL).get("sma(close, 2)");
            assertThat(sma.value()).isEqualTo(11);
            assertThat(sma.provisional()).isTrue();
            assertThat(sma.barTime()).isEqualTo(Instant.parse("2024-01-03T05:00:00Z"));
        }
    }
}
