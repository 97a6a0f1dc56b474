package dev.quiver.bench.live;

import dev.quiver.bench.kernels.RandomWalk;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.LiveGraph;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost per analytic node of a live commit: a graph of {@link #EXPRESSIONS}, twenty analytics of
 * windows up to 50 bars, each one node reading the subject's fields, committed bar by bar. {@code
 * nodes} states how many analytic nodes each commit evaluates (checked at setup), so that the report
 * divides: the median time of an invocation, divided by {@code bars}, then by {@code nodes}. Target:
 * at most 25 ns per node.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1)
public class NodeCostBenchmark {

    /** Twenty analytics, of several families, over close or high, low and close. */
    static final List<String> EXPRESSIONS = List.of(
            "sma(close, 10)",
            "sma(close, 50)",
            "ema(close, 10)",
            "ema(close, 50)",
            "wma(close, 20)",
            "dema(close, 20)",
            "trima(close, 30)",
            "rsi(close, 14)",
            "cmo(close, 14)",
            "stddev(close, 20)",
            "var(close, 10)",
            "atr(high, low, close, 14)",
            "natr(high, low, close, 14)",
            "max(close, 20)",
            "min(close, 20)",
            "roc(close, 10)",
            "mom(close, 10)",
            "willr(high, low, close, 14)",
            "cci(high, low, close, 14)",
            "midprice(high, low, 14)");

    @Param("20")
    int nodes;

    @Param("1000")
    int bars;

    private final RandomWalk walk = new RandomWalk(LiveUpdateBenchmark.WALK);
    private LiveGraph graph;
    private int next;

    /** Compiles the graph and checks that a commit evaluates {@code nodes} analytic nodes. */
    @Setup
    public void setUp() {
        graph = graph();
        if (graph.analytics() != nodes) {
            throw new IllegalStateException(
                    "a commit evaluates " + graph.analytics() + " analytic nodes, not " + nodes);
        }
    }

    static LiveGraph graph() {
        return new LiveGraph(StandardCatalogue.get(), Asset.defaultFor(AssetId.of("WALK")), EXPRESSIONS);
    }

    /** Commits the next {@code bars} bars; returns the first column's last value. */
    @Benchmark
    public double commit() {
        for (int b = 0; b < bars; b++) {
            graph.commit(walk.open(next), walk.high(next), walk.low(next), walk.close(next), walk.volume(next));
            next = (next + 1) & (LiveUpdateBenchmark.WALK - 1);
        }
        return graph.value(0);
    }
}
