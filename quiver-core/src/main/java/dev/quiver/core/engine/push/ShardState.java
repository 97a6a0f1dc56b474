package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a shard's writer owns and how inputs and messages change it: the assets placed on the shard,
 * the mirrors of other shards' assets its subjects read, and the subjects' analytics.
 *
 * <p>Other assets a subject reads are mirrored: the shard asks the owner to {@link
 * ShardMessage.Watch watch} the asset, gets a {@link ShardMessage.Snapshot snapshot} of its history,
 * then a {@link ShardMessage.SourceUpdate source update} for each closed, late or amended bar, each
 * new watermark and each change of staleness. An asset placed on this shard is read directly, with
 * the same semantics (committed bars only).
 *
 * <p>Not thread-safe: every method runs on the shard's writer. Handling a tick allocates nothing.
 */
final class ShardState {

    private final Shard self;
    private final Shards shards;
    private final PushConfig config;
    private final Counters counters;
    private final Map<AssetId, OwnedAsset> owned = new HashMap<>();
    private final List<OwnedAsset> ownedList = new ArrayList<>();
    private final Map<AssetId, TrackedAsset> mirrors = new HashMap<>();
    private final List<SubjectGraph> subjects = new ArrayList<>();
    private final long staleMillis;
    private final long graceMillis;
    private final long housekeepingMillis;
    private long nextHousekeeping = Long.MIN_VALUE;

    ShardState(Shard self, Shards shards, PushConfig config, Counters counters) {
        this.self = self;
        this.shards = shards;
        this.config = config;
        this.counters = counters;
        this.staleMillis = config.staleAfter().toMillis();
        this.graceMillis = config.sourceGrace().toMillis();
        this.housekeepingMillis = Math.max(1, Math.min(staleMillis, graceMillis) / 4);
    }

    /** Applies a tick, bar or close; counts and drops it when no expression reads its asset. */
    void input(InputEvent event) {
        OwnedAsset asset = owned.get(event.asset);
        if (asset == null) {
            counters.increment(Counter.UNTRACKED_INPUTS);
            return;
        }
        input(asset, event);
    }

    /** Runs {@link #housekeeping} when a quarter of the shorter of staleness and grace has passed. */
    void housekeepingIfDue(long now) {
        if (now >= nextHousekeeping) {
            housekeeping(now);
        }
    }

    /** Marks assets stale or fresh, and commits bars that have waited out their grace period. */
    void housekeeping(long now) {
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

    // ---- messages

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
                asset.subject(new SubjectGraph(
                        asset, config.catalogue(), config.alignment(), graceMillis, counters, self.wakeups()));
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
            shards.send(shards.of(k), new ShardMessage.Watch(k, self));
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
