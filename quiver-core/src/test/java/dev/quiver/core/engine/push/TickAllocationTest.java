package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.ManualClock;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.engine.push.support.Recorder;
import dev.quiver.core.engine.push.support.Snapshots;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shard's writer allocates nothing per tick: trades within one bar (each a provisional step of
 * a warm graph, published to a subscription) leave the writer thread's allocated bytes unchanged.
 */
class TickAllocationTest {

    private static final AssetId SPY = AssetId.of("SPY");

    @Test
    void shouldAllocateNothingOnTheShardWriterPerTick() throws InterruptedException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var spy = PriceFiles.yahoo("SPY");
        Instant today =
                Instant.ofEpochSecond(spy.bars().time(spy.bars().size() - 1)).plus(Duration.ofDays(1));
        try (PushEngine engine = PushEngine.start(
                Engines.config(new ManualClock(today), spy).shards(1).build())) {
            engine.add(SPY, List.of("rsi(14)", "macd()", "bbands()", "atr(14)", "obv()", "stoch()"))
                    .join();
            engine.subscribe(List.of("SPY:ema(10)", "SPY:close"), new Recorder());
            List<Thread> writers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && t.getName().equals("quiver-push-shard-0"))
                    .toList();
            assertThat(writers).as("one engine running").hasSize(1);
            long writer = writers.get(0).getId();
            long morning = today.toEpochMilli() + Duration.ofHours(10).toMillis();
            ticks(engine, morning, 20_000);
            Snapshots.read(engine, SPY);

            long before = threads.getThreadAllocatedBytes(writer);
            ticks(engine, morning, 20_000);
            Snapshots.read(engine, SPY);
            long allocated = threads.getThreadAllocatedBytes(writer) - before;

            assertThat(engine.stats().steps()).isGreaterThanOrEqualTo(40_000);
            assertThat(allocated)
                    .as("bytes for 20,000 ticks, beyond the drain's barriers and queries")
                    .isLessThan(20_000);
        }
    }

    private static void ticks(PushEngine engine, long millis, int n) {
        for (int i = 0; i < n; i++) {
            engine.tick(SPY, millis + i, 266 + (i % 7) * 0.01, 100);
        }
    }
}
