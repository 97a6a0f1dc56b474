package dev.quiver.bench.store;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.time.DateRange;
import dev.quiver.store.StoreBarSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A pull query read from SQLite: 20 analytic columns over 10 years of daily bars (2,520) for each of
 * 500 assets, computed on two threads (the machine's cores), without any cache. Each query is timed
 * on its own (sample mode). Target: at most 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StorePullQueryBenchmark {

    static final int ASSETS = 500;
    static final int BARS = 2_520;
    static final List<String> EXPRESSIONS = List.of(
            "sma(20)",
            "ema(20)",
            "rsi(14)",
            "macd(12,26,9).macd",
            "macd(12,26,9).signal",
            "bbands(20,2,2).upper",
            "bbands(20,2,2).lower",
            "atr(14)",
            "natr(14)",
            "stddev(20)",
            "wma(20)",
            "mom(10)",
            "roc(10)",
            "willr(14)",
            "cci(14)",
            "stoch().slowk",
            "obv()",
            "mfi(14)",
            "min(20)",
            "max(20)");

    private TempStore store;
    private ExecutorService executor;
    private PullEngine engine;
    private List<PullRequest> requests;

    /** Imports 500 assets of 10 years each into a fresh store. */
    @Setup
    public void setUp() throws IOException {
        store = TempStore.create();
        for (int i = 0; i < ASSETS; i++) {
            store.store().importBars(SyntheticBars.batch(i, BARS));
        }
        executor = Executors.newFixedThreadPool(2);
        engine = new PullEngine(StandardCatalogue.get(), new StoreBarSource(store.store(), Adjustment.SPLIT), executor);
        requests = new ArrayList<>();
        for (int i = 0; i < ASSETS; i++) {
            requests.add(new PullRequest(SyntheticBars.symbol(i), EXPRESSIONS, DateRange.ALL, Alignment.INTERSECT));
        }
    }

    /** Deletes the store. */
    @TearDown
    public void tearDown() throws IOException {
        executor.shutdown();
        store.close();
    }

    /** The whole query: every asset read from the store and computed; returns the cells computed. */
    @Benchmark
    public long query() {
        long cells = 0;
        for (CompletableFuture<PullResult> result : engine.evaluateAll(requests)) {
            PullResult frame = result.join();
            cells += (long) frame.rows() * frame.labels().size();
        }
        return cells;
    }
}
