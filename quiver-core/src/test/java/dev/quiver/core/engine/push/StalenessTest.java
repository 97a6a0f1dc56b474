package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.support.Daily;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.ManualClock;
import dev.quiver.core.engine.push.support.Recorder;
import dev.quiver.core.engine.push.support.Snapshots;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Columns whose assets have had no input for the configured duration are marked stale. */
class StalenessTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final AssetId SPY = AssetId.of("SPY");
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    private final ManualClock clock =
            new ManualClock(MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant());
    private final PushEngine engine = PushEngine.start(
            Engines.config(clock).shards(2).staleAfter(Duration.ofMinutes(1)).build());

    @AfterEach
    void stop() {
        engine.close();
    }

    private void give(AssetId asset, int day, double close) {
        engine.bar(asset, Daily.bar(MONDAY.plusDays(day), close));
    }

    @Test
    void shouldMarkColumnsStaleAfterSilenceAndFreshOnTheNextInput() {
        Recorder recorder = new Recorder();
        engine.subscribe(List.of("AAPL:close", "AAPL:sma(close, 2)"), recorder);
        give(AAPL, 0, 100);
        engine.closeBar(AAPL);
        give(AAPL, 1, 102);
        NodeUpdate fresh = recorder.await("AAPL:sma(close, 2)", u -> u.value() == 101);
        assertThat(fresh.stale()).isFalse();

        clock.advance(Duration.ofSeconds(61));
        Snapshots.read(engine, AAPL);

        NodeUpdate stale = recorder.await("AAPL:sma(close, 2)", NodeUpdate::stale);
        assertThat(stale.value()).as("same value, now stale").isEqualTo(101);
        assertThat(stale.provisional()).isTrue();
        recorder.await("AAPL:close", NodeUpdate::stale);

        engine.tick(AAPL, Daily.midnight(MONDAY.plusDays(1)) * 1000 + 36_000_000, 104, 1);
        NodeUpdate again = recorder.await("AAPL:sma(close, 2)", u -> !u.stale());
        assertThat(again.value()).isEqualTo(102);
    }

    @Test
    void shouldMarkStaleOnlyTheColumnsReadingTheSilentAsset() {
        assertThat(engine.shardOf(AAPL)).isNotEqualTo(engine.shardOf(SPY));
        Recorder recorder = new Recorder();
        engine.subscribe(List.of("AAPL:close", "AAPL:close@SPY"), recorder);
        give(SPY, 0, 400);
        engine.closeBar(SPY);
        give(AAPL, 0, 100);
        engine.closeBar(AAPL);
        recorder.await("AAPL:close@SPY", u -> u.value() == 400 && !u.provisional());

        clock.advance(Duration.ofSeconds(61));
        give(AAPL, 1, 101);
        Snapshots.read(engine, AAPL);

        recorder.await("AAPL:close@SPY", NodeUpdate::stale);
        NodeUpdate own = recorder.await("AAPL:close", u -> u.value() == 101);
        assertThat(own.stale()).isFalse();
        assertThat(Snapshots.read(engine, AAPL).get("close").stale()).isFalse();
        assertThat(Snapshots.read(engine, AAPL).get("close@SPY").stale()).isTrue();
    }
}
