package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.util.concurrent.CompletableFuture;

/**
 * One slot of a shard's input ring, reused for every input that passes through it: producers fill
 * it between claim and publish, the shard's writer reads it between peek and release. Mutable; the
 * ring's sequence numbers hand it over between threads.
 */
final class InputEvent {

    /** What the event is. */
    enum Kind {
        /** A trade: {@link #time} in epoch millis, price in {@link #close}, volume in {@link #volume}. */
        TICK,
        /** A bar snapshot: {@link #time} its start in epoch seconds, and every price and volume. */
        BAR,
        /** Close the asset's forming bar. */
        CLOSE,
        /** Complete {@link #barrier} once everything before it is processed. */
        BARRIER
    }

    Kind kind;
    AssetId asset;
    long time;
    double open;
    double high;
    double low;
    double close;
    double volume;
    CompletableFuture<Void> barrier;

    void tick(AssetId asset, long epochMillis, double price, double volume) {
        this.kind = Kind.TICK;
        this.asset = asset;
        this.time = epochMillis;
        this.close = price;
        this.volume = volume;
    }

    void bar(AssetId asset, long epochSecond, double open, double high, double low, double close, double volume) {
        this.kind = Kind.BAR;
        this.asset = asset;
        this.time = epochSecond;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    void closeBar(AssetId asset) {
        this.kind = Kind.CLOSE;
        this.asset = asset;
    }

    void barrier(CompletableFuture<Void> barrier) {
        this.kind = Kind.BARRIER;
        this.barrier = barrier;
    }

    /** Drops references the slot need not keep. */
    void clear() {
        asset = null;
        barrier = null;
    }
}
