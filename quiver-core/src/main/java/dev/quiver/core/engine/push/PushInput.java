package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.Bar;

/**
 * Where live market data goes: trades, bar snapshots and bar closes per asset. The push engine
 * implements it, and feeds (such as the replay feed) write to it. Implementations say whether they
 * are thread-safe; the engine's are, and may block while a shard's input queue is full.
 */
public interface PushInput {

    /**
     * A trade, folded into the asset's forming bar: the first price of a bar opens it, the highest
     * and lowest make its high and low, the last closes it, volumes add up. A trade in a later bar
     * closes the forming one first; one in a bar already closed is counted and dropped.
     *
     * @param epochMillis the trade time, milliseconds since the epoch
     * @param price the price, finite
     * @param volume the quantity traded; NaN when unknown
     */
    void tick(AssetId asset, long epochMillis, double price, double volume);

    /**
     * A snapshot of the bar starting at {@code bar.time()}: it replaces the forming bar of that
     * time, or begins a later bar (closing the forming one). A bar for a time already closed, or
     * before the forming bar, replaces or inserts that bar in the history: a late or amended bar.
     */
    void bar(AssetId asset, Bar bar);

    /** Closes the asset's forming bar, committing its values; nothing when no bar is forming. */
    void closeBar(AssetId asset);
}
