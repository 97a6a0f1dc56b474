package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.ManualClock;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.graph.GraphBuilder;
import dev.quiver.core.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * A quick in-process measurement, not a test: the per-bar cost of committing every analytic of the
 * catalogue that reads the subject's fields, the cost of a provisional step, and tick-to-listener
 * latency through a running engine. Run from {@code quiver-core} after {@code mvn test-compile} with
 * the test classpath (see docs/push-engine.md); JMH benchmarks belong in quiver-bench.
 */
public final class PushHarness {

    private static final AssetId SPY = AssetId.of("SPY");

    private PushHarness() {}

    /** Prints the figures. */
    public static void main(String[] args) throws InterruptedException {
        AssetData spy = PriceFiles.yahoo("SPY");
        List<String> expressions = StandardCatalogue.get().definitions().stream()
                .filter(d -> Set.of("open", "high", "low", "close", "volume").containsAll(d.inputs()))
                .map(d -> d.name() + "()")
                .toList();
        dagCosts(spy, expressions);
        latency(spy, expressions);
    }

    private static void dagCosts(AssetData spy, List<String> expressions) {
        TrackedAsset data = new TrackedAsset(SPY);
        BarHistory history = new BarHistory();
        var bars = spy.bars();
        BarClock clock = new BarClock(Interval.ONE_DAY, spy.asset().zone());
        for (int i = 0; i < bars.size(); i++) {
            history.put(bars.time(i), clock.keyOf(bars.time(i)), new double[] {
                bars.bar(i).open(),
                bars.bar(i).high(),
                bars.bar(i).low(),
                bars.bar(i).close(),
                bars.bar(i).volume(),
                0
            });
        }
        data.install(history, Long.MIN_VALUE, false);
        LocalDate tomorrow = LocalDate.ofInstant(
                        Instant.ofEpochSecond(bars.time(bars.size() - 1)),
                        spy.asset().zone())
                .plusDays(1);
        OwnedAsset own = new OwnedAsset(data, clock, false, tomorrow.toEpochDay(), 0);
        GraphBuilder builder = new GraphBuilder(StandardCatalogue.get());
        expressions.forEach(e -> builder.request(SPY, e));
        Counters counters = new Counters();
        Plan plan = new Plan(builder.build(), own.data(), id -> null, Alignment.INTERSECT, counters);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 30; round++) {
            plan.reset();
            long start = System.nanoTime();
            for (int i = 0; i < bars.size(); i++) {
                plan.commit(i);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        long analytics = counters.get(Counter.NODE_EVALUATIONS) / counters.get(Counter.COMMITS);
        System.out.printf(
                "commit of a bar into %d analytic nodes: %.0f ns (%.0f ns per node)%n",
                analytics, (double) best / bars.size(), (double) best / bars.size() / analytics);
        long morning = tomorrow.atStartOfDay(spy.asset().zone()).toEpochSecond() * 1000 + 36_000_000;
        own.tick(morning, 266, 100, 0);
        plan.provisional(own.formingFields(), own.forming().key());
        int steps = 20_000;
        long bestStep = Long.MAX_VALUE;
        for (int round = 0; round < 30; round++) {
            long start = System.nanoTime();
            for (int k = 0; k < steps; k++) {
                own.tick(morning + k, 266 + (k % 13) * 0.01, 100, 0);
                plan.provisional(own.formingFields(), own.forming().key());
            }
            bestStep = Math.min(bestStep, System.nanoTime() - start);
        }
        System.out.printf(
                "provisional step after a trade: %.0f ns (all %d analytics read close or volume)%n",
                (double) bestStep / steps, expressions.size());
    }

    private static void latency(AssetData spy, List<String> expressions) throws InterruptedException {
        Instant today =
                Instant.ofEpochSecond(spy.bars().time(spy.bars().size() - 1)).plus(Duration.ofDays(1));
        long morning = today.toEpochMilli() + 36_000_000;
        int n = 20_000;
        long[] sent = new long[n];
        long[] latency = new long[n];
        int[] received = {0};
        try (PushEngine engine = PushEngine.start(
                Engines.config(new ManualClock(today), spy).shards(1).build())) {
            engine.add(SPY, expressions).join();
            engine.subscribe(List.of("SPY:close"), update -> {
                int i = (int) Math.round((update.value() - 100) * 1e4);
                if (i >= 0 && i < n) {
                    latency[received[0]++] = System.nanoTime() - sent[i];
                }
            });
            for (int i = 0; i < n; i++) {
                sent[i] = System.nanoTime();
                engine.tick(SPY, morning + i, 100 + i * 1e-4, 1);
                LockSupport.parkNanos(50_000);
            }
            engine.drain(Duration.ofSeconds(10));
            LockSupport.parkNanos(100_000_000);
            long[] seen = Arrays.copyOf(latency, received[0]);
            Arrays.sort(seen);
            System.out.printf(
                    "tick to listener, %d of %d ticks delivered (%d analytics on the subject, a trade every 50 us or more):"
                            + " p50 %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us%n",
                    seen.length,
                    n,
                    expressions.size(),
                    seen[seen.length / 2] / 1e3,
                    seen[seen.length * 9 / 10] / 1e3,
                    seen[seen.length * 99 / 100] / 1e3,
                    seen[seen.length - 1] / 1e3);
            long start = System.nanoTime();
            for (int i = 0; i < 500_000; i++) {
                engine.tick(SPY, morning + n + i, 100 + (i % 17) * 0.01, 1);
            }
            engine.drain(Duration.ofSeconds(60));
            System.out.printf(
                    "throughput: %.0f ticks/s through one shard with %d analytics%n",
                    500_000 / ((System.nanoTime() - start) / 1e9), expressions.size());
        }
    }
}
