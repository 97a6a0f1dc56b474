package dev.quiver.core.engine.push;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A control message to a shard: configuration changes from the engine's callers and the messages
 * shards exchange about assets other shards read. They travel through the shard's unbounded inbox
 * (a few per bar or per change, never per tick) and are applied by its writer, in the order each
 * sender sent them. Every message is a plain value, so that a distributed mode can serialise it;
 * histories pass ownership to the receiver.
 */
sealed interface ShardMessage {

    /** Applies the message on the shard's writer thread. */
    void applyTo(ShardState shard);

    /**
     * Makes the shard the owner of an asset with its history so far.
     *
     * @param asset the asset, whose zone places its bars
     * @param history the bars before the live point
     * @param adjusted whether the history has a total-return close
     * @param liveStartKey the key of the first bar that may arrive live
     */
    record Track(Asset asset, BarHistory history, boolean adjusted, long liveStartKey) implements ShardMessage {
        @Override
        public void applyTo(ShardState shard) {
            shard.track(this);
        }
    }

    /** Changes a subject's columns; the subject's owner receives it. */
    record ChangeColumns(AssetId subject, ColumnChange change) implements ShardMessage {
        @Override
        public void applyTo(ShardState shard) {
            shard.change(subject, change);
        }
    }

    /** Asks an asset's owner for a snapshot of its history and every later update of it. */
    record Watch(AssetId asset, Shard subscriber) implements ShardMessage {
        @Override
        public void applyTo(ShardState shard) {
            shard.watch(asset, subscriber);
        }
    }

    /** An owner's history of an asset, the first message a watcher gets. */
    record Snapshot(AssetId asset, BarHistory history, long watermark, boolean stale) implements ShardMessage {
        @Override
        public void applyTo(ShardState shard) {
            shard.snapshot(this);
        }
    }

    /**
     * A change of a watched asset: a closed, late or amended bar (or none), its watermark and
     * staleness.
     *
     * @param time the bar's start in epoch seconds
     * @param key the bar's alignment key
     * @param fields the bar's values in {@link Fields} order, or null when only the watermark or the
     *     staleness changed
     */
    record SourceUpdate(AssetId asset, long time, long key, double[] fields, long watermark, boolean stale)
            implements ShardMessage {
        @Override
        public void applyTo(ShardState shard) {
            shard.sourceUpdate(this);
        }
    }

    /** Asks for the current values of a subject's columns. */
    record Query(AssetId subject, CompletableFuture<List<NodeUpdate>> result) implements ShardMessage {
        @Override
        public void applyTo(ShardState shard) {
            shard.query(subject, result);
        }
    }
}
