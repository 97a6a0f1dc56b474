package dev.quiver.bench.server;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One SSE client subscribed to {@code SYMBOL:close} of one asset, which, once told the {@link
 * TickPlan} (after the stream flows, before the ticks), times each of the asset's measured ticks from its intended send time to the arrival of the first update
 * carrying it or a later tick of the asset (the stream sends each column's latest value, so a tick
 * overtaken before it was written arrives within its successor). Latencies are recorded in
 * nanoseconds. Thread-safe: the reading thread records, others wait and read the histogram after.
 */
final class TickStream implements AutoCloseable {

    private static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(2);

    private final int asset;
    private final Histogram latencies = new Histogram(MAX_NANOS, 3);
    private final SseUpdates updates;
    private volatile TickPlan plan;
    private long next;
    private volatile long lastSeen = -1;

    private TickStream(URI base, String symbol, int asset) throws IOException {
        this.asset = asset;
        this.next = asset;
        this.updates = SseUpdates.open(base, "sub=" + symbol + ":close", this::update);
    }

    /** Subscribes to the close of asset number {@code asset}, named {@code symbol}. */
    static TickStream open(URI base, String symbol, int asset) throws IOException {
        return new TickStream(base, symbol, asset);
    }

    /** Times the ticks of {@code plan} from now on; call once, before its first tick is sent. */
    void expect(TickPlan plan) {
        this.plan = plan;
    }

    private void update(String data, long arrivalNanos) {
        TickPlan plan = this.plan;
        if (plan == null) {
            return;
        }
        long tick = plan.tickOf(asset, value(data));
        if (tick < next) {
            return;
        }
        for (long i = next; i <= tick; i += plan.assets()) {
            if (i >= plan.measuredFrom()) {
                latencies.recordValue(Math.min(MAX_NANOS, Math.max(0, arrivalNanos - plan.intendedNanos(i))));
            }
        }
        next = tick + plan.assets();
        lastSeen = tick;
    }

    /** The {@code value} member of an update's JSON, or NaN when it is null. */
    static double value(String json) {
        int at = json.indexOf("\"value\":");
        if (at < 0) {
            throw new IllegalArgumentException("an update without a value: " + json);
        }
        int from = at + 8;
        int to = from;
        while (to < json.length() && json.charAt(to) != ',' && json.charAt(to) != '}') {
            to++;
        }
        String text = json.substring(from, to).strip();
        return text.equals("null") ? Double.NaN : Double.parseDouble(text);
    }

    /** Waits until the asset's last tick of the plan expected has arrived; false after {@code timeoutNanos}. */
    boolean awaitLast(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        long last = plan.lastOf(asset);
        while (lastSeen < last) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Waits for the stream's first line. */
    boolean awaitStart(long timeout, TimeUnit unit) throws InterruptedException {
        return updates.awaitFirstLine(timeout, unit);
    }

    /** The latencies recorded; read after {@link #awaitLast} returned true. */
    Histogram latencies() {
        return latencies;
    }

    @Override
    public void close() throws IOException {
        updates.close();
    }
}
