package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * One shard: its single writer thread and the two ways into it. Inputs (ticks, bars, closes) arrive
 * through a bounded lock-free ring; control and inter-shard messages through an unbounded inbox,
 * drained before each input. The writer applies both to the {@link ShardState} it alone owns, so
 * that it takes no lock, and allocates nothing per tick; when idle it spins, yielding, for an
 * adaptive window of at most {@link PushConfig#idleSpin()} ({@link AdaptiveSpin}), then parks until
 * a producer wakes it (or for at most 10 ms, for housekeeping).
 * Unexpected failures are counted and handed to the error handler, and the writer goes on.
 *
 * <p>Thread-safe entry points are the producer methods ({@link #tick}, {@link #bar}, {@link
 * #closeBar}, {@link #barrier}, {@link #send}) and {@link #stop}.
 */
final class Shard {

    private static final long PARK_NANOS = 10_000_000;

    /** Inputs handled between wake-ups of the subscriptions' delivery threads (see {@link Wakeups}). */
    private static final int WAKE_EVERY = 16;

    private final PushConfig config;
    private final Counters counters = new Counters();
    private final ShardState state;
    private final InputRing ring;
    private final ConcurrentLinkedQueue<ShardMessage> inbox = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final Wakeups wakeups = new Wakeups();
    private final AdaptiveSpin spin;
    private volatile boolean running = true;
    private volatile boolean sleeping;

    Shard(int index, Shards shards, PushConfig config) {
        this.config = config;
        this.state = new ShardState(this, shards, config, counters);
        this.ring = new InputRing(config.queueCapacity());
        this.spin = AdaptiveSpin.upTo(config.idleSpin());
        this.thread = new Thread(this::run, "quiver-push-shard-" + index);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops the writer and waits for it (at most {@code millis}). */
    void stop(long millis) throws InterruptedException {
        running = false;
        ring.close();
        LockSupport.unpark(thread);
        thread.join(millis);
    }

    /** The subscriptions this shard's writer has yet to wake; used by the writer only. */
    Wakeups wakeups() {
        return wakeups;
    }

    Counters counters() {
        return counters;
    }

    // ---- producers (any thread)

    void tick(AssetId asset, long epochMillis, double price, double volume) {
        long p = ring.claim();
        ring.event(p).tick(asset, epochMillis, price, volume);
        publish(p);
    }

    void bar(AssetId asset, long epochSecond, double open, double high, double low, double close, double volume) {
        long p = ring.claim();
        ring.event(p).bar(asset, epochSecond, open, high, low, close, volume);
        publish(p);
    }

    void closeBar(AssetId asset) {
        long p = ring.claim();
        ring.event(p).closeBar(asset);
        publish(p);
    }

    /** A future completed once every input published before it is processed. */
    CompletableFuture<Void> barrier() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long p = ring.claim();
        ring.event(p).barrier(done);
        publish(p);
        return done;
    }

    void send(ShardMessage message) {
        inbox.add(message);
        wake();
    }

    private void publish(long position) {
        ring.publish(position);
        wake();
    }

    private void wake() {
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    // ---- the writer

    private void run() {
        while (running) {
            int work = drainInbox();
            InputEvent event;
            while (work < 1024 && (event = ring.peek()) != null) {
                drainInbox();
                handle(event);
                ring.release();
                work++;
                if (work % WAKE_EVERY == 0) {
                    wakeups.wakeAll();
                }
            }
            state.housekeepingIfDue(config.clock().millis());
            wakeups.wakeAll();
            if (work > 0) {
                spin.worked();
            } else if (spin.idle()) {
                sleep();
            }
        }
    }

    private void sleep() {
        sleeping = true;
        if (ring.peek() == null && inbox.isEmpty()) {
            LockSupport.parkNanos(this, PARK_NANOS);
        }
        sleeping = false;
    }

    private int drainInbox() {
        int n = 0;
        ShardMessage message;
        while ((message = inbox.poll()) != null) {
            try {
                message.applyTo(state);
            } catch (RuntimeException e) {
                fail(e);
            }
            n++;
        }
        return n;
    }

    private void handle(InputEvent event) {
        try {
            if (event.kind == InputEvent.Kind.BARRIER) {
                state.housekeeping(config.clock().millis());
                event.barrier.complete(null);
            } else {
                state.input(event);
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(RuntimeException e) {
        counters.increment(Counter.ERRORS);
        config.errorHandler().onError(e);
    }
}
