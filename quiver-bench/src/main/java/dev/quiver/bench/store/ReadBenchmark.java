package dev.quiver.bench.store;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.BarStore;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Reads one asset's ten years of daily bars (2,520) in the split-adjusted view from a store of {@code
 * storeAssets} (500) such assets, a different asset each call. Sampled, so percentiles are reported.
 * Target: p99 at most 2 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReadBenchmark {

    private static final int BARS = 2_520;

    /** Assets in the store. */
    @Param("500")
    int storeAssets;

    private TempStore temp;
    private BarStore store;
    private AssetId[] ids;
    private DateRange tenYears;
    private int next;

    /** Fills a store with {@code storeAssets} assets of 2,520 bars, a split and a dividend each. */
    @Setup(Level.Trial)
    public void fillStore() throws IOException {
        temp = TempStore.create();
        store = temp.store();
        ids = new AssetId[storeAssets];
        for (int i = 0; i < storeAssets; i++) {
            ids[i] = store.importBars(SyntheticBars.batch(i, BARS)).asset();
        }
        tenYears = store.coverage(ids[0]).get(0).range();
        int read =
                store.bars(ids[0], Interval.ONE_DAY, tenYears, Adjustment.SPLIT).size();
        if (read != BARS) {
            throw new IllegalStateException("expected " + BARS + " bars in " + tenYears + " but read " + read);
        }
    }

    /** Closes and deletes the store. */
    @TearDown(Level.Trial)
    public void deleteStore() throws IOException {
        temp.close();
    }

    /** Reads the next asset's ten years, split-adjusted. */
    @Benchmark
    public BarSeries readTenYearsSplitAdjusted() {
        AssetId id = ids[next];
        next = (next + 1) % storeAssets;
        return store.bars(id, Interval.ONE_DAY, tenYears, Adjustment.SPLIT);
    }
}
