package dev.quiver.bench.engine;

import dev.quiver.bench.report.HarnessOptions;
import dev.quiver.bench.report.HarnessResults;
import dev.quiver.bench.report.JmhResult;
import dev.quiver.bench.report.JmhResults;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The heap a live universe retains: per asset (its history and live state, with one field column and
 * no analytic) and per live analytic node (1,000 assets x the 20 fixed-window analytics of {@link
 * LiveUniverse#ANALYTICS}, windows of at most 50 bars). Each figure is the difference of the used heap
 * after full collections ({@link #retained()}) between two states of one engine: started with no
 * asset; every asset tracked with only {@code close} as a column; the 20 analytics added to every
 * asset. The first difference over the assets is the bytes per asset; the second over the nodes is
 * the bytes per node (its state, output and input arrays, and its part of the compiled plan). Writes
 * {@code MemoryHarness.bytesPerAsset} and {@code MemoryHarness.bytesPerNode} per history length in
 * bytes ({@code B/op}) and prints them. Target: at most 1 KB per node.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.quiver.bench.engine.MemoryHarness --out FILE
 * [--quick]}; run it with {@code -XX:+UseSerialGC -Xms2g -Xmx2g}: the serial collector's full
 * collection compacts the whole heap, so that the used heap counts live objects alone (G1's reads a
 * few percent higher).
 */
public final class MemoryHarness {

    static final String BENCHMARK = MemoryHarness.class.getName();
    static final int ASSETS = 1_000;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private MemoryHarness() {}

    /** Measures every history length and writes the results. */
    public static void main(String[] args) throws InterruptedException {
        HarnessOptions options = HarnessOptions.parse(MemoryHarness.class.getName(), args);
        int[] histories = options.quick() ? new int[] {260} : new int[] {260, 2_520};
        List<JmhResult> results = new ArrayList<>();
        JmhResult.RunSettings settings = HarnessResults.thisJvm("none", "retained heap after full collections");
        for (int bars : histories) {
            long started;
            long tracked;
            long live;
            try (LiveUniverse universe = LiveUniverse.start(ASSETS, bars)) {
                started = retained();
                universe.addToEach(List.of("close"));
                tracked = retained();
                universe.addToEach(LiveUniverse.ANALYTICS);
                live = retained();
            }
            int nodes = ASSETS * LiveUniverse.ANALYTICS.size();
            double perAsset = (double) (tracked - started) / ASSETS;
            double perNode = (double) (live - tracked) / nodes;
            String history = String.valueOf(bars);
            results.add(HarnessResults.single(
                    BENCHMARK + ".bytesPerAsset",
                    Map.of("assets", String.valueOf(ASSETS), "bars", history),
                    "B/op",
                    perAsset,
                    settings));
            results.add(HarnessResults.single(
                    BENCHMARK + ".bytesPerNode",
                    Map.of(
                            "assets", String.valueOf(ASSETS),
                            "analytics", String.valueOf(LiveUniverse.ANALYTICS.size()),
                            "bars", history),
                    "B/op",
                    perNode,
                    settings));
            System.out.printf(
                    "%,d assets, %,d bars of history each: %,.0f bytes per asset (history and live state),"
                            + " %,.0f bytes per live analytic node (%d fixed-window analytics each)%n",
                    ASSETS, bars, perAsset, perNode, LiveUniverse.ANALYTICS.size());
        }
        JmhResults.of(results).write(options.out());
    }

    /**
     * The used heap once garbage is gone: the lowest reading over several full collections (each
     * {@code System.gc()} is a full, compacting collection unless disabled).
     */
    static long retained() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            least = Math.min(least, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
