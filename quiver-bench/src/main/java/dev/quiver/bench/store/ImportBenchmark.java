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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports {@code importBars} daily bars (1,000,000: 100 assets of 10,000 bars, one {@code
 * importBars} transaction each) into a fresh store per invocation. Each import is timed on its own (sample mode);
 * the report turns the time into bars per second. Target: at least 500,000 bars/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class ImportBenchmark {

    private static final int BARS_PER_ASSET = 10_000;

    /** Bars per import, a multiple of 10,000. */
    @Param("1000000")
    int importBars;

    private BarImport[] batches;
    private TempStore temp;
    private BarStore store;

    /** Builds the batches once. */
    @Setup(Level.Trial)
    public void buildBatches() {
        batches = IntStream.range(0, importBars / BARS_PER_ASSET)
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

    /** Imports every batch; returns the number of bars imported. */
    @Benchmark
    public int importBars() {
        int bars = 0;
        for (BarImport batch : batches) {
            bars += store.importBars(batch).bars();
        }
        return bars;
    }
}
