package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A live subscription to node keys ({@code SYMBOL:EXPR}), created by {@link
 * PushEngine#subscribe}. Engine threads write each column's latest value into a bounded coalescing
 * queue (one slot per column, see {@link #stats()}); the subscription's own daemon thread drains it
 * and calls the listener, so that a slow, blocking or throwing listener delays neither the engine
 * nor other subscriptions. Thread-safe.
 */
public final class Subscription implements AutoCloseable {

    private static final long IDLE_PARK_NANOS = 50_000_000;

    private final List<String> keys;
    private final List<AssetId> subjects;
    private final List<String> labels;
    private final UpdateListener listener;
    private final UpdateSlots slots;
    private final Consumer<Subscription> onClose;
    private final Thread thread;
    private final AdaptiveSpin spin;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean open = true;
    private volatile boolean waiting;

    /**
     * A subscription with one slot per column; {@link #start()} starts its delivery thread.
     *
     * @param subjects the subject of each column
     * @param labels the label of each column
     * @param idleSpin how long the delivery thread spins for the next update before it parks
     * @param onClose detaches it from the engine
     */
    Subscription(
            List<String> keys,
            List<AssetId> subjects,
            List<String> labels,
            UpdateListener listener,
            Duration idleSpin,
            Consumer<Subscription> onClose) {
        this.keys = List.copyOf(keys);
        this.subjects = List.copyOf(subjects);
        this.labels = List.copyOf(labels);
        this.listener = listener;
        this.onClose = onClose;
        this.slots = new UpdateSlots(labels.size());
        this.spin = AdaptiveSpin.upTo(idleSpin);
        this.thread = new Thread(this::deliver, threadName(this.keys));
        thread.setDaemon(true);
    }

    /** {@code quiver-delivery-} and the first key, with how many more there are. */
    private static String threadName(List<String> keys) {
        String first = keys.isEmpty() ? "" : keys.get(0);
        return "quiver-delivery-" + first + (keys.size() > 1 ? " (+" + (keys.size() - 1) + ")" : "");
    }

    void start() {
        thread.start();
    }

    /** The keys subscribed, as given. */
    public List<String> keys() {
        return keys;
    }

    /** The node key of each column delivered: {@code SYMBOL:label}. */
    public List<String> columns() {
        return java.util.stream.IntStream.range(0, labels.size())
                .mapToObj(i -> subjects.get(i) + ":" + labels.get(i))
                .toList();
    }

    /** Delivery counts so far. */
    public SubscriptionStats stats() {
        return new SubscriptionStats(delivered.get(), slots.coalesced(), errors.get());
    }

    /**
     * Stops delivery (interrupting a listener that blocks) and removes the expressions it added from
     * the engine. Idempotent.
     */
    @Override
    public void close() {
        if (open) {
            stop();
            onClose.accept(this);
        }
    }

    /** Stops delivery only (the engine is closing). */
    void stop() {
        open = false;
        thread.interrupt();
    }

    /**
     * Writes column {@code slot}'s latest value; called only by the shard owning its subject, which
     * wakes the delivery thread later through {@code wakeups} when the column became pending.
     */
    void offer(int slot, long time, double value, boolean provisional, boolean stale, Wakeups wakeups) {
        if (slots.write(slot, time, value, provisional, stale)) {
            wakeups.add(this);
        }
    }

    /** Wakes the delivery thread if it sleeps; called by a shard after {@link #offer}. */
    void wake() {
        if (waiting) {
            LockSupport.unpark(thread);
        }
    }

    /**
     * Delivers pending slots in the order they became pending. When none is pending it spins for an
     * adaptive window of at most {@link PushConfig#idleSpin()} ({@link AdaptiveSpin}) before it
     * parks, so that a busy stream does not pay a wake-up per update, and a sparse one costs almost
     * no processor.
     */
    private void deliver() {
        while (open) {
            int slot = slots.takeNext();
            if (slot >= 0) {
                spin.worked();
                call(slot);
            } else if (spin.idle()) {
                waiting = true;
                if (open && !slots.anyPending()) {
                    LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                }
                waiting = false;
            }
        }
    }

    private void call(int slot) {
        delivered.incrementAndGet();
        try {
            listener.onUpdate(new NodeUpdate(
                    subjects.get(slot),
                    labels.get(slot),
                    Instant.ofEpochSecond(slots.readTime()),
                    slots.readValue(),
                    slots.readProvisional(),
                    slots.readStale()));
        } catch (RuntimeException e) {
            errors.incrementAndGet();
        }
    }
}
