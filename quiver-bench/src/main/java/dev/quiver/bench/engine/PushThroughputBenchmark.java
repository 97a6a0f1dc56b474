package dev.quiver.bench.engine;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tick throughput into one shard: 1,000 assets with the same 20 fixed-window analytics each
 * ({@link LiveUniverse#ANALYTICS}), warm-started from a year of daily bars. One operation sends
 * {@code ticks} trades round-robin across the assets, inside the forming daily bar with prices that
 * move every trade (so every trade is a provisional step of its asset's 20 analytics), then waits
 * until the shard has processed them ({@code PushEngine.drain}). One subscription listens to three
 * columns of each of the first ten assets, as a screen would. Ticks per second per shard thread are
 * {@code ticks} over the time of one operation. Target: at least 500,000 ticks/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PushThroughputBenchmark {

    static final int SUBSCRIBED_ASSETS = 10;
    static final List<String> SUBSCRIBED_COLUMNS = List.of("close", "rsi(14)", "macd(12,26,9).signal");

    /** Assets on the shard. */
    @Param("1000")
    public int assets;

    /** Daily bars of history per asset. */
    @Param("260")
    public int bars;

    /** Trades per operation. */
    @Param("20000")
    public int ticks;

    private LiveUniverse universe;
    private Subscription subscription;
    private final LongAdder updates = new LongAdder();
    private long sequence;

    /** Starts the engine and warms every asset up from its history. */
    @Setup
    public void setUp() {
        universe = LiveUniverse.start(assets, bars);
        universe.addToEach(LiveUniverse.ANALYTICS);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBED_ASSETS; i++) {
            for (String column : SUBSCRIBED_COLUMNS) {
                keys.add(universe.ids()[i] + ":" + column);
            }
        }
        subscription = universe.engine().subscribe(keys, update -> updates.increment());
    }

    /** Stops the engine. */
    @TearDown
    public void tearDown() {
        subscription.close();
        universe.close();
    }

    /** Sends {@code ticks} trades and waits until the shard has processed them; returns updates seen. */
    @Benchmark
    public long sendAndDrain() throws InterruptedException {
        AssetId[] ids = universe.ids();
        long time = universe.morningMillis();
        for (int i = 0; i < ticks; i++) {
            long s = sequence++;
            int asset = (int) (s % ids.length);
            long round = s / ids.length;
            universe.engine().tick(ids[asset], time + round % 1000, 100 + (round % 50) * 0.01 + asset * 1e-3, 100);
        }
        if (!universe.engine().drain(Duration.ofSeconds(30))) {
            throw new IllegalStateException("the shard did not drain in 30 s");
        }
        return updates.sum();
    }
}
