package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * One shard: the assets placed on it, their subjects' analytics, and the single writer thread that
 * owns all of them. Inputs (ticks, bars, closes) arrive through a bounded lock-free ring; control and
 * inter-shard messages through an unbounded inbox, drained before each input. The writer takes no
 * lock and allocates nothing per tick; when idle it spins, yields, then parks until woken (or until
 * housekeeping is due: staleness and grace periods).
 *
 * <p>Other assets a subject reads are mirrored: the shard asks the owner to {@link
 * ShardMessage.Watch watch} the asset, gets a {@link ShardMessage.Snapshot snapshot} of its history,
 * then a {@link ShardMessage.SourceUpdate source update} for each closed, late or amended bar, each
 * new watermark and each change of staleness. An asset placed on this shard is read directly, with
 * the same semantics (committed bars only).
 *
 * <p>Thread-safe entry points are the producer methods ({@link #tick}, {@link #bar}, {@link
 * #closeBar}, {@link #barrier}, {@link #send}); everything else runs on the writer.
 */
final class Shard {

    private static final long PARK_NANOS = 10_000_000;

    private final Shards shards;
    private final PushConfig config;
    private final Counters counters = new Counters();
    private final InputRing ring;
    private final ConcurrentLinkedQueue<ShardMessage> inbox = new ConcurrentLinkedQueue<>();
    private final Map<AssetId, OwnedAsset> owned = new HashMap<>();
    private final List<OwnedAsset> ownedList = new ArrayList<>();
    private final Map<AssetId, TrackedAsset> mirrors = new HashMap<>();
    private final List<SubjectGraph> subjects = new ArrayList<>();
    private final Thread thread;
    private final long staleMillis;
    private final long graceMillis;
    private final long housekeepingMillis;
    private volatile boolean running = true;
    private volatile boolean sleeping;
    private long nextHousekeeping = Long.MIN_VALUE;

    Shard(int index, Shards shards, PushConfig config) {
        this.shards = shards;
        this.config = config;
        this.ring = new InputRing(config.queueCapacity());
        this.staleMillis = config.staleAfter().toMillis();
        this.graceMillis = config.sourceGrace().toMillis();
        this.housekeepingMillis = Math.max(1, Math.min(staleMillis, Math.max(graceMillis, 1)) / 4);
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
        int idle = 0;
        while (running) {
            int work = drainInbox();
            InputEvent event;
            while (work < 1024 && (event = ring.peek()) != null) {
                drainInbox();
                handle(event);
                ring.release();
                work++;
            }
            long now = config.clock().millis();
            if (now >= nextHousekeeping) {
                housekeeping(now);
            }
            idle = work > 0 ? 0 : idle(idle);
        }
    }

    private int idle(int idle) {
        if (idle < 200) {
            Thread.onSpinWait();
        } else if (idle < 300) {
            Thread.yield();
        } else {
            sleeping = true;
            if (ring.peek() == null && inbox.isEmpty()) {
                LockSupport.parkNanos(this, PARK_NANOS);
            }
            sleeping = false;
        }
        return idle + 1;
    }

    private int drainInbox() {
        int n = 0;
        ShardMessage message;
        while ((message = inbox.poll()) != null) {
            try {
                message.applyTo(this);
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
                housekeeping(config.clock().millis());
                event.barrier.complete(null);
                return;
            }
            OwnedAsset asset = owned.get(event.asset);
            if (asset == null) {
                counters.increment(Counter.UNTRACKED_INPUTS);
                return;
            }
            input(asset, event);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void input(OwnedAsset asset, InputEvent e) {
        long now = config.clock().millis();
        if (asset.data().stale()) {
            stale(asset, false);
        }
        OwnedAsset.Outcome outcome = switch (e.kind) {
            case TICK -> {
                counters.increment(Counter.TICKS);
                yield asset.tick(e.time, e.close, e.volume, now);
            }
            case BAR -> {
                counters.increment(Counter.BARS);
                yield asset.bar(e.time, e.open, e.high, e.low, e.close, e.volume, now);
            }
            default -> asset.closeBar(now);
        };
        switch (outcome) {
            case FORMING -> {
                if (asset.subject() != null) {
                    asset.subject().formingChanged();
                }
            }
            case BEGUN -> {
                toMirrors(asset, null, 0, 0);
                advanceDependents(asset.data(), now);
            }
            case CLOSED -> {
                counters.increment(Counter.CLOSES);
                BarHistory history = asset.data().history();
                int last = history.size() - 1;
                toMirrors(asset, history.fields(last), history.time(last), history.key(last));
                advanceDependents(asset.data(), now);
            }
            case AMENDED -> {
                BarHistory history = asset.data().history();
                int i = history.indexOf(asset.amendedKey());
                toMirrors(asset, history.fields(i), history.time(i), history.key(i));
                List<SubjectGraph> dependents = asset.data().dependents();
                for (int d = 0; d < dependents.size(); d++) {
                    dependents.get(d).barWritten(asset.amendedKey(), now);
                }
            }
            case LATE -> counters.increment(Counter.LATE_INPUTS);
            case NONE -> {}
        }
    }

    private void advanceDependents(TrackedAsset data, long now) {
        List<SubjectGraph> dependents = data.dependents();
        for (int d = 0; d < dependents.size(); d++) {
            dependents.get(d).advance(now);
        }
    }

    private void toMirrors(OwnedAsset asset, double[] fields, long time, long key) {
        for (Shard mirror : asset.mirrors()) {
            counters.increment(Counter.SOURCE_MESSAGES);
            shards.send(
                    mirror,
                    new ShardMessage.SourceUpdate(
                            asset.data().id(),
                            time,
                            key,
                            fields,
                            asset.data().watermark(),
                            asset.data().stale()));
        }
    }

    private void stale(OwnedAsset asset, boolean stale) {
        asset.data().stale(stale);
        toMirrors(asset, null, 0, 0);
        List<SubjectGraph> dependents = asset.data().dependents();
        for (int d = 0; d < dependents.size(); d++) {
            dependents.get(d).publish();
        }
    }

    private void housekeeping(long now) {
        nextHousekeeping = now + housekeepingMillis;
        for (int i = 0; i < ownedList.size(); i++) {
            OwnedAsset asset = ownedList.get(i);
            boolean stale = now - asset.lastInputMillis() >= staleMillis;
            if (stale != asset.data().stale()) {
                stale(asset, stale);
            }
        }
        for (int i = 0; i < subjects.size(); i++) {
            subjects.get(i).housekeeping(now);
        }
    }

    private void fail(RuntimeException e) {
        counters.increment(Counter.ERRORS);
        config.errorHandler().onError(e);
    }

    // ---- messages (on the writer)

    void track(ShardMessage.Track track) {
        if (owned.containsKey(track.asset().id())) {
            return;
        }
        TrackedAsset data = new TrackedAsset(track.asset().id());
        data.install(track.history(), Long.MIN_VALUE, false);
        OwnedAsset asset = new OwnedAsset(
                data,
                new BarClock(config.interval(), track.asset().zone()),
                track.adjusted(),
                track.liveStartKey(),
                config.clock().millis());
        owned.put(data.id(), asset);
        ownedList.add(asset);
    }

    void change(AssetId subject, ColumnChange change) {
        OwnedAsset asset = owned.get(subject);
        try {
            if (asset == null) {
                if (!change.add().isEmpty()) {
                    throw new IllegalStateException(subject + " is not tracked by its shard");
                }
                change.done().complete(null);
                return;
            }
            if (asset.subject() == null) {
                asset.subject(new SubjectGraph(asset, config.catalogue(), config.alignment(), graceMillis, counters));
                subjects.add(asset.subject());
            }
            asset.subject().change(change, this::source, config.clock().millis());
        } catch (RuntimeException e) {
            change.done().completeExceptionally(e);
            throw e;
        }
    }

    /** The data of an asset a subject reads: owned here, or a mirror asked of its owner. */
    private TrackedAsset source(AssetId id) {
        OwnedAsset asset = owned.get(id);
        if (asset != null) {
            return asset.data();
        }
        return mirrors.computeIfAbsent(id, k -> {
            shards.send(shards.of(k), new ShardMessage.Watch(k, this));
            return new TrackedAsset(k);
        });
    }

    void watch(AssetId id, Shard subscriber) {
        OwnedAsset asset = owned.get(id);
        if (asset == null) {
            throw new IllegalStateException(id + " is watched but not tracked by its owner");
        }
        asset.mirrors().add(subscriber);
        TrackedAsset data = asset.data();
        shards.send(subscriber, new ShardMessage.Snapshot(id, data.history().copy(), data.watermark(), data.stale()));
    }

    void snapshot(ShardMessage.Snapshot snapshot) {
        TrackedAsset mirror = mirrors.get(snapshot.asset());
        mirror.install(snapshot.history(), snapshot.watermark(), snapshot.stale());
        long now = config.clock().millis();
        List<SubjectGraph> dependents = mirror.dependents();
        for (int d = 0; d < dependents.size(); d++) {
            dependents.get(d).sourcesArrived(now);
        }
    }

    void sourceUpdate(ShardMessage.SourceUpdate update) {
        TrackedAsset mirror = mirrors.get(update.asset());
        if (mirror == null || !mirror.ready()) {
            return;
        }
        long now = config.clock().millis();
        boolean staleChanged = mirror.stale() != update.stale();
        mirror.stale(update.stale());
        mirror.watermark(update.watermark());
        if (update.fields() != null) {
            mirror.history().put(update.time(), update.key(), update.fields());
        }
        List<SubjectGraph> dependents = mirror.dependents();
        for (int d = 0; d < dependents.size(); d++) {
            SubjectGraph subject = dependents.get(d);
            if (update.fields() != null) {
                subject.barWritten(update.key(), now);
            } else {
                subject.advance(now);
            }
            if (staleChanged) {
                subject.publish();
            }
        }
    }

    void query(AssetId subject, CompletableFuture<List<NodeUpdate>> result) {
        OwnedAsset asset = owned.get(subject);
        result.complete(
                asset == null || asset.subject() == null
                        ? List.of()
                        : asset.subject().snapshot());
    }
}
