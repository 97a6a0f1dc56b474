package dev.quiver.core.engine.pull;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.BarSeries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Assets with synthetic daily bars, for engine tests. */
final class InMemoryBarSource implements BarSource {

    private final Map<AssetId, AssetData> assets = new HashMap<>();

    /** Adds an asset with closes {@code close} on consecutive dates from {@code first}, skipping weekends unless 24/7. */
    InMemoryBarSource add(Asset asset, LocalDate first, double[] close) {
        long[] times = new long[close.length];
        LocalDate date = first;
        ZoneId zone = asset.zone();
        for (int i = 0; i < close.length; i++) {
            while (!asset.calendar().isSessionDay(date)) {
                date = date.plusDays(1);
            }
            times[i] = date.atStartOfDay(zone).toEpochSecond();
            date = date.plusDays(1);
        }
        double[] volume = new double[close.length];
        java.util.Arrays.fill(volume, Double.NaN);
        assets.put(asset.id(), new AssetData(asset, BarSeries.of(times, close, close, close, close, volume), null));
        return this;
    }

    @Override
    public Optional<Asset> asset(AssetId id) {
        return Optional.ofNullable(assets.get(id)).map(AssetData::asset);
    }

    @Override
    public Optional<AssetData> load(AssetId id, LocalDate endExclusive) {
        return Optional.ofNullable(assets.get(id));
    }
}
