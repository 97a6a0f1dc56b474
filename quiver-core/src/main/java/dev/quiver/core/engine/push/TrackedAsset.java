package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.util.ArrayList;
import java.util.List;

/**
 * One asset's committed bars as a shard sees them, whether the shard owns the asset or mirrors it
 * for another shard's owner: the history, the watermark (the last key whose bar is final, so that no
 * bar at or before it can still arrive in order), whether the asset is stale, and the subjects in
 * this shard that read it. A mirror is not ready until its owner's snapshot arrives. Not
 * thread-safe: owned by one shard's writer.
 */
final class TrackedAsset {

    private final AssetId id;
    private final List<SubjectGraph> dependents = new ArrayList<>();
    private BarHistory history = new BarHistory();
    private long watermark = Long.MIN_VALUE;
    private boolean stale;
    private boolean ready;

    TrackedAsset(AssetId id) {
        this.id = id;
    }

    AssetId id() {
        return id;
    }

    BarHistory history() {
        return history;
    }

    /** The last key whose bar is final; {@link Long#MIN_VALUE} before anything is known. */
    long watermark() {
        return watermark;
    }

    /** Whether its input has been silent for longer than the configured duration. */
    boolean stale() {
        return stale;
    }

    /** Whether its history is known (always for an owned asset; after the snapshot for a mirror). */
    boolean ready() {
        return ready;
    }

    /** Installs the history (an owner's loaded history, or a snapshot of it): the asset is ready. */
    void install(BarHistory history, long watermark, boolean stale) {
        this.history = history;
        this.watermark = watermark;
        this.stale = stale;
        this.ready = true;
    }

    void watermark(long watermark) {
        this.watermark = watermark;
    }

    void stale(boolean stale) {
        this.stale = stale;
    }

    /** The subjects in this shard that read this asset. */
    List<SubjectGraph> dependents() {
        return dependents;
    }
}
