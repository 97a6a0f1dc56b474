package dev.quiver.server.api;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.store.BarStore;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zone of each streamed asset, read from the store once, so that a daily bar's time is sent
 * as its session date (as frames send it). Thread-safe.
 */
final class SessionZones {

    private final BarStore store;
    private final Map<AssetId, ZoneId> zones = new ConcurrentHashMap<>();

    SessionZones(BarStore store) {
        this.store = store;
    }

    /** The asset's zone; UTC for an asset the store does not know. */
    ZoneId of(AssetId id) {
        return zones.computeIfAbsent(
                id, key -> store.findAsset(key).map(Asset::zone).orElse(ZoneOffset.UTC));
    }
}
