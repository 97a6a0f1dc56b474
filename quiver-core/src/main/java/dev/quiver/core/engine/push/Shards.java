package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shards of one engine and the placement of assets on them: an asset belongs to the shard at
 * its symbol's hash modulo the shard count (a {@code String} hash is specified, so every process
 * places an asset alike). Also counts the messages shards send each other, which tells {@link
 * PushEngine#drain} when they have gone quiet. Thread-safe once every shard is added.
 */
final class Shards {

    private final List<Shard> shards = new ArrayList<>();
    private final AtomicLong messages = new AtomicLong();

    void add(Shard shard) {
        shards.add(shard);
    }

    List<Shard> all() {
        return shards;
    }

    int indexOf(AssetId asset) {
        return Math.floorMod(asset.symbol().hashCode(), shards.size());
    }

    /** The shard owning {@code asset}. */
    Shard of(AssetId asset) {
        return shards.get(indexOf(asset));
    }

    /** Sends a message from one shard to another, counting it. */
    void send(Shard to, ShardMessage message) {
        messages.incrementAndGet();
        to.send(message);
    }

    /** Messages sent between shards so far. */
    long messages() {
        return messages.get();
    }
}
