package dev.quiver.bench.engine;

import dev.quiver.bench.report.HarnessOptions;
import dev.quiver.bench.report.HarnessResults;
import dev.quiver.bench.report.JmhResult;
import dev.quiver.bench.report.JmhResults;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.PushConfig;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.engine.push.Subscription;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Tick to listener latency through a running one-shard engine: 1,000 assets with the 20 analytics
 * of {@link LiveUniverse#ANALYTICS} each, one subscription on every asset's {@code close}. A producer
 * thread sends trades round-robin across the assets at a fixed rate ({@link Pacer}); each trade is
 * a provisional step of its asset's analytics and one update to the listener, whose latency is
 * recorded from the moment the trade is handed to the engine (see {@link LatencyRecorder}). Two
 * settings of the engine threads' idle spin ({@link PushConfig#idleSpin()}) are measured: the
 * default 50 µs, with which the writer and the delivery thread park between trades 100 µs apart and
 * each trade pays two wake-ups, and 250 µs, with which they spin through the gaps. Each rate is
 * warmed up, then measured. Writes {@code TickLatencyHarness.tickToListener} per setting and rate
 * (microseconds, percentiles) and prints a summary. Target: p99 at most 50 µs.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.quiver.bench.engine.TickLatencyHarness --out FILE
 * [--quick]}; the full run takes under two minutes, the quick one under 30 s.
 */
public final class TickLatencyHarness {

    static final String BENCHMARK = TickLatencyHarness.class.getName() + ".tickToListener";
    static final int ASSETS = 1_000;
    static final int BARS = 260;

    /** An idle spin and the rates measured with it. */
    private record Setting(Duration idleSpin, int... rates) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting(PushConfig.DEFAULT_IDLE_SPIN, 10_000), new Setting(Duration.ofNanos(250_000), 10_000, 100_000));

    private TickLatencyHarness() {}

    /** Runs every setting and rate and writes the results. */
    public static void main(String[] args) throws InterruptedException {
        HarnessOptions options = HarnessOptions.parse(TickLatencyHarness.class.getName(), args);
        Duration warmup = Duration.ofSeconds(options.quick() ? 1 : 8);
        Duration measure = Duration.ofSeconds(options.quick() ? 3 : 15);
        List<JmhResult> results = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            try (LiveUniverse universe = LiveUniverse.start(ASSETS, BARS, setting.idleSpin())) {
                universe.addToEach(LiveUniverse.ANALYTICS);
                long first = 0;
                for (int rate : setting.rates()) {
                    long warmupTicks = rate * warmup.toSeconds();
                    long ticks = warmupTicks + rate * measure.toSeconds();
                    Histogram nanos = run(universe, rate, first, warmupTicks, ticks);
                    first += ticks / ASSETS;
                    long spinMicros = setting.idleSpin().toNanos() / 1_000;
                    Map<String, String> params = Map.of(
                            "rate", String.valueOf(rate),
                            "idleSpin", String.valueOf(spinMicros),
                            "assets", String.valueOf(ASSETS),
                            "analytics", String.valueOf(LiveUniverse.ANALYTICS.size()));
                    results.add(HarnessResults.latency(
                            BENCHMARK,
                            params,
                            nanos,
                            HarnessResults.thisJvm(warmup.toSeconds() + " s", measure.toSeconds() + " s")));
                    System.out.printf(
                            "tick to listener at %,d trades/s, idle spin %d us (%,d assets x %d analytics, load average"
                                    + " %.2f): %s%n",
                            rate,
                            spinMicros,
                            ASSETS,
                            LiveUniverse.ANALYTICS.size(),
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                            HarnessResults.summary(nanos, "trades", false));
                }
            }
        }
        JmhResults.of(results).write(options.out());
    }

    /**
     * Sends {@code ticks} trades at {@code rate}, each asset's numbered from {@code first}, and
     * returns the latencies of those from {@code measureFrom} on.
     */
    private static Histogram run(LiveUniverse universe, int rate, long first, long measureFrom, long ticks)
            throws InterruptedException {
        AssetId[] ids = universe.ids();
        PushEngine engine = universe.engine();
        List<String> keys = new ArrayList<>();
        for (AssetId id : ids) {
            keys.add(id + ":close");
        }
        long[] starts = new long[Math.toIntExact(ticks)];
        LatencyRecorder recorder = new LatencyRecorder(ids, starts, first, measureFrom, ticks);
        Histogram late = new Histogram(3);
        Subscription subscription = engine.subscribe(keys, recorder);
        try {
            engine.drain(Duration.ofSeconds(10)); // the columns are live before the first trade
            // Setup leaves the young generation full of garbage; the trades themselves allocate about 50
            // bytes each (the listener's update), so after this no collection falls in the run.
            System.gc();
            Pacer pacer = Pacer.of(System.nanoTime() + Duration.ofMillis(100).toNanos(), rate);
            long held = 0; // time spent inside the engine's calls since the producer last had to wait
            for (int seq = 0; seq < ticks; seq++) {
                if (pacer.awaitTurn(seq)) {
                    held = 0;
                }
                long handedOver = System.nanoTime();
                starts[seq] = LatencyRecorder.start(pacer.intended(seq), handedOver, held);
                engine.tick(
                        ids[seq % ids.length],
                        universe.morningMillis(),
                        LatencyRecorder.price(first + seq / ids.length),
                        100);
                held += System.nanoTime() - handedOver;
                if (seq >= measureFrom) {
                    late.recordValue(Math.max(0, handedOver - pacer.intended(seq)));
                }
            }
            engine.drain(Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (recorder.recorded() < ticks - measureFrom && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            if (recorder.recorded() < ticks - measureFrom) {
                throw new IllegalStateException("only " + recorder.recorded() + " of " + (ticks - measureFrom)
                        + " trades reached the listener");
            }
        } finally {
            subscription.close();
        }
        System.out.printf(
                "  the producer handed trades over a median %.1f us after they were due (p99 %.1f us)%n",
                late.getValueAtPercentile(50) / 1e3, late.getValueAtPercentile(99) / 1e3);
        return recorder.nanos();
    }
}
