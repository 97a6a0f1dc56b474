package dev.quiver.server.api;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.NodeUpdate;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.engine.push.Subscription;
import dev.quiver.server.metrics.ServerMetrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream client (an SSE response or a WebSocket): its subscriptions to the push engine and a
 * writer thread of its own. The engine's delivery threads only store each column's latest update into
 * a pending map (one slot per column, so the queue is bounded by the subscribed columns; a replaced
 * value is counted as a drop) and wake the writer. The writer sends the pending values of each
 * subscription at most {@code maxRate} times a second. A client that stops reading blocks only its
 * own writer: the engine and every other client go on. The client is in the server's {@link
 * LiveClients} from its creation until it closes, which its writer does once a write fails (the
 * client went away). Thread-safe.
 */
final class LiveClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveClient.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final long IDLE_PING_NANOS = TimeUnit.SECONDS.toNanos(15);

    /** Where a client's updates go. */
    interface Output {
        /** Writes one update; throws when the client is gone. */
        void update(LiveUpdate update) throws Exception;

        /** Writes something harmless to find out whether the client is still there. */
        void ping() throws Exception;

        /** Ends the connection (idempotent). */
        void end();
    }

    /** A subscription of one request or message: its keys, engine subscription and pending values. */
    private static final class Group {
        final List<StreamKey> keys;
        final int maxRate;
        final long intervalNanos;
        final Map<String, NodeUpdate> pending = new ConcurrentHashMap<>();
        volatile Subscription subscription;
        long nextFlush;

        Group(List<StreamKey> keys, int maxRate) {
            this.keys = List.copyOf(keys);
            this.maxRate = maxRate;
            this.intervalNanos = maxRate <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / maxRate;
        }
    }

    private final PushEngine engine;
    private final ServerMetrics metrics;
    private final Output output;
    private final int maxKeys;
    private final SessionZones zones;
    private final List<Group> groups = new CopyOnWriteArrayList<>();
    private final LiveClients registry;
    private final Thread writer;
    private volatile long writeStarted;
    private volatile boolean writing;
    private volatile boolean closed;

    LiveClient(
            PushEngine engine,
            ServerMetrics metrics,
            Output output,
            int maxKeys,
            SessionZones zones,
            LiveClients registry) {
        this.engine = engine;
        this.registry = registry;
        this.zones = zones;
        this.metrics = metrics;
        this.output = output;
        this.maxKeys = maxKeys;
        this.writer = new Thread(this::write, "quiver-stream-" + THREADS.incrementAndGet());
        this.writer.setDaemon(true);
        registry.add(this);
    }

    /** Starts the writer. */
    void start() {
        writer.start();
    }

    /** The keys subscribed now. */
    synchronized Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        groups.forEach(g -> g.keys.forEach(k -> keys.add(k.text())));
        return keys;
    }

    /**
     * Subscribes to {@code keys} (already checked), primed from the store first, then queues a
     * snapshot of their current values.
     *
     * @throws dev.quiver.server.http.LimitExceededException over the per-client limit
     */
    synchronized void subscribe(List<StreamKey> keys, int maxRate) {
        Set<String> all = keys();
        List<StreamKey> fresh = new ArrayList<>();
        for (StreamKey key : keys) {
            if (all.add(key.text())) {
                fresh.add(key);
            }
        }
        if (all.size() > maxKeys) {
            throw StreamKey.overLimit(all.size(), maxKeys);
        }
        if (fresh.isEmpty() || closed) {
            return;
        }
        // The engine checks the keys and warm-starts their assets from the store on this thread (a bad
        // expression fails here, before anything is subscribed); the snapshot query is ordered after
        // the change on each subject's shard, so it sees the primed values.
        Group group = new Group(fresh, maxRate);
        group.subscription =
                engine.subscribe(fresh.stream().map(StreamKey::text).toList(), update -> offer(group, update, true));
        groups.add(group);
        Set<String> columns = Set.copyOf(group.subscription.columns());
        Set<AssetId> subjects = new LinkedHashSet<>();
        fresh.forEach(k -> subjects.add(k.subject()));
        for (AssetId subject : subjects) {
            for (NodeUpdate value : engine.snapshot(subject).join()) {
                if (columns.contains(value.key())) {
                    offer(group, value, false);
                }
            }
        }
    }

    /** Ends the subscriptions to {@code keys}; keys not subscribed are ignored. */
    synchronized void unsubscribe(List<String> keys) {
        Set<String> gone = Set.copyOf(keys);
        for (Group group : List.copyOf(groups)) {
            if (group.keys.stream().noneMatch(k -> gone.contains(k.text()))) {
                continue;
            }
            groups.remove(group);
            group.subscription.close();
            List<StreamKey> kept =
                    group.keys.stream().filter(k -> !gone.contains(k.text())).toList();
            if (!kept.isEmpty()) {
                subscribe(kept, group.maxRate);
            }
        }
    }

    private void offer(Group group, NodeUpdate update, boolean live) {
        if (live) {
            if (group.pending.put(update.key(), update) != null) {
                metrics.subscriptionDrop();
            }
        } else {
            group.pending.putIfAbsent(update.key(), update);
        }
        LockSupport.unpark(writer);
    }

    private void write() {
        long lastWrite = System.nanoTime();
        try {
            while (!closed) {
                long now = System.nanoTime();
                long wait = IDLE_PING_NANOS;
                for (Group group : groups) {
                    if (group.pending.isEmpty()) {
                        continue;
                    }
                    if (now - group.nextFlush >= 0) {
                        flush(group);
                        lastWrite = System.nanoTime();
                        group.nextFlush = now + group.intervalNanos;
                    } else {
                        wait = Math.min(wait, group.nextFlush - now);
                    }
                }
                if (System.nanoTime() - lastWrite >= IDLE_PING_NANOS) {
                    startWrite();
                    output.ping();
                    writing = false;
                    lastWrite = System.nanoTime();
                }
                LockSupport.parkNanos(this, wait);
            }
        } catch (Exception e) {
            LOG.debug("stream client gone: {}", e.toString());
        } finally {
            close();
        }
    }

    private void flush(Group group) throws Exception {
        for (String key : group.pending.keySet()) {
            NodeUpdate update = group.pending.remove(key);
            if (update != null && !closed) {
                LiveUpdate payload = LiveUpdate.of(update, zones.of(update.asset()));
                startWrite();
                output.update(payload);
                writing = false;
                metrics.streamUpdate();
            }
        }
    }

    private void startWrite() {
        writeStarted = System.nanoTime();
        writing = true;
    }

    /** How long the write in progress at {@code now} has waited, 0 when none is. */
    long writingFor(long now) {
        return writing ? Math.max(0, now - writeStarted) : 0;
    }

    /** Ends every subscription and the connection. Idempotent. */
    @Override
    public void close() {
        List<Group> ended;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            ended = List.copyOf(groups);
            groups.clear();
        }
        ended.forEach(g -> g.subscription.close());
        LockSupport.unpark(writer);
        output.end();
        registry.remove(this);
    }
}
