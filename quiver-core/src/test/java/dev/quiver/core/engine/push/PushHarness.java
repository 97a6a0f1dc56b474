package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.graph.GraphBuilder;
import dev.quiver.core.time.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A quick in-process measurement of the step itself, not a test: the per-bar cost of committing every
 * analytic of the catalogue that reads the subject's fields, and the cost of a provisional step,
 * both on one thread without the engine around them (so it reaches the package's internals). Run
 * from {@code quiver-core} after {@code mvn test-compile} with the test classpath (see
 * docs/push-engine.md). Throughput, latency and memory of the running engine are measured in
 * quiver-bench ({@code dev.quiver.bench.engine}).
 */
public final class PushHarness {

    private static final AssetId SPY = AssetId.of("SPY");

    private PushHarness() {}

    /** Prints the figures. */
    public static void main(String[] args) {
        AssetData spy = PriceFiles.yahoo("SPY");
        List<String> expressions = StandardCatalogue.get().definitions().stream()
                .filter(d -> Set.of("open", "high", "low", "close", "volume").containsAll(d.inputs()))
                .map(d -> d.name() + "()")
                .toList();
        dagCosts(spy, expressions);
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
}
