package dev.quiver.bench.engine;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.NodeUpdate;
import dev.quiver.core.engine.push.UpdateListener;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Records tick to listener latency from the {@code close} column of every asset of a paced run. Trade
 * {@code seq} of the run goes to asset {@code seq % assets} as its trade number {@code k = first +
 * seq / assets}, priced {@link #price(long)}, so that the delivered close names the trade (values before the run, such as the
 * last committed close delivered on subscribing, are not provisional or out of the run's range, and
 * are ignored). An update
 * delivers its trade and every earlier trade of the asset not delivered yet (coalesced into it):
 * each is recorded from its intended send time, so that neither a late producer nor coalescing hides
 * a delay (no coordinated omission). Only trades from {@code measureFrom} on are recorded.
 *
 * <p>{@link #onUpdate} runs on the subscription's delivery thread only; {@link #recorded()} may be
 * read from any thread, and the histogram once it says every measured trade is recorded.
 */
final class LatencyRecorder implements UpdateListener {

    private final Map<AssetId, Integer> indices = new HashMap<>();
    private final long[] starts;
    private final long first;
    private final long measureFrom;
    private final long end;
    private final long[] delivered;
    private final Histogram nanos = new Histogram(3); // resizes to any latency
    private volatile long recorded;

    /**
     * @param ids the assets, by index
     * @param starts when each trade of the run (by {@code seq}) starts to count, on {@link
     *     System#nanoTime()}, as {@link #start} gives it; written by the producer before it hands the
     *     trade over
     * @param first the trade number {@code k} of each asset's first trade in the run
     * @param measureFrom the first trade of the run (by {@code seq}) that is recorded
     * @param ticks the trades of the run
     */
    LatencyRecorder(AssetId[] ids, long[] starts, long first, long measureFrom, long ticks) {
        for (int i = 0; i < ids.length; i++) {
            indices.put(ids[i], i);
        }
        this.starts = starts;
        this.first = first;
        this.measureFrom = measureFrom;
        this.end = first + (ticks + ids.length - 1) / ids.length;
        this.delivered = new long[ids.length];
        Arrays.fill(delivered, first - 1);
    }

    /** The price of an asset's trade number {@code k}: its close names it exactly. */
    static double price(long k) {
        return 100 + k * 1e-3;
    }

    /**
     * When a trade's latency counts from: when it was {@code handedOver} to the engine, less the time
     * the engine {@code held} the producer (inside its calls since the producer last had to wait for a
     * trade to fall due), but not before it was {@code due}. A producer late on its own (a timer that
     * wakes it late) is thus not charged to the engine, and one held up by a full queue is (no
     * coordinated omission). Nanoseconds on {@link System#nanoTime()}.
     */
    static long start(long due, long handedOver, long held) {
        return Math.max(due, handedOver - held);
    }

    @Override
    public void onUpdate(NodeUpdate update) {
        long now = System.nanoTime();
        Integer asset = indices.get(update.asset());
        long k = Math.round((update.value() - 100) * 1e3);
        if (!update.provisional() || asset == null || k <= delivered[asset] || k >= end) {
            return;
        }
        int assets = delivered.length;
        long n = recorded;
        for (long j = delivered[asset] + 1; j <= k; j++) {
            long seq = (j - first) * assets + asset;
            if (seq >= measureFrom) {
                nanos.recordValue(Math.max(0, now - starts[(int) seq]));
                n++;
            }
        }
        delivered[asset] = k;
        recorded = n;
    }

    /** Measured trades recorded so far. */
    long recorded() {
        return recorded;
    }

    /** The latencies, in nanoseconds; read once {@link #recorded()} is complete. */
    Histogram nanos() {
        return nanos;
    }
}
