package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shards of one engine and the placement of assets on them: an asset belongs to the shard at
 * its symbol's mixed hash modulo the shard count (a {@code String} hash is specified, so every
 * process places an asset alike). Also counts the messages shards send each other, which tells {@link
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
        return Math.floorMod(mix(asset.symbol().hashCode()), shards.size());
    }

    /** MurmurHash3's finaliser: short tickers' string hashes differ mostly in their low bits' parity. */
    private static int mix(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
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
