package dev.quiver.bench.store;

import dev.quiver.store.BarImport;
import dev.quiver.store.BarStore;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports 1,000,000 daily bars (100 assets of 10,000 bars, one {@code importBars} transaction each)
 * into a fresh store per invocation. Throughput is reported per bar, so the score is bars per second.
 * Target: at least 500,000 bars/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ImportBenchmark {

    private static final int ASSETS = 100;
    private static final int BARS_PER_ASSET = 10_000;

    private BarImport[] batches;
    private TempStore temp;
    private BarStore store;

    /** Builds the batches once. */
    @Setup(Level.Trial)
    public void buildBatches() {
        batches = IntStream.range(0, ASSETS)
                .mapToObj(i -> SyntheticBars.batch(i, BARS_PER_ASSET))
                .toArray(BarImport[]::new);
    }

    /** Opens a fresh store for each invocation. */
    @Setup(Level.Invocation)
    public void openFreshStore() throws IOException {
        temp = TempStore.create();
        store = temp.store();
    }

    /** Closes and deletes the store. */
    @TearDown(Level.Invocation)
    public void deleteStore() throws IOException {
        temp.close();
    }

    /** Imports every batch. */
    @Benchmark
    @OperationsPerInvocation(ASSETS * BARS_PER_ASSET)
    public int importMillionBars() {
        int bars = 0;
        for (BarImport batch : batches) {
            bars += store.importBars(batch).bars();
        }
        return bars;
    }
}
