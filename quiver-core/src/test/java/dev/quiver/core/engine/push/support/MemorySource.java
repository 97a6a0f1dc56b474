package dev.quiver.core.engine.push.support;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.series.BarSeries;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Assets' bars held in memory, served as the store serves them (bars before the end date). */
public final class MemorySource implements BarSource {

    private final Map<AssetId, AssetData> assets = new HashMap<>();

    /** A source of these assets. */
    public MemorySource(AssetData... data) {
        for (AssetData d : data) {
            assets.put(d.asset().id(), d);
        }
    }

    @Override
    public Optional<Asset> asset(AssetId id) {
        return Optional.ofNullable(assets.get(id)).map(AssetData::asset);
    }

    @Override
    public Optional<AssetData> load(AssetId id, LocalDate endExclusive) {
        AssetData data = assets.get(id);
        if (data == null) {
            return Optional.empty();
        }
        BarSeries bars = data.bars();
        long end = endExclusive.equals(LocalDate.MAX)
                ? Long.MAX_VALUE
                : endExclusive.atStartOfDay(data.asset().zone()).toEpochSecond();
        int n = 0;
        while (n < bars.size() && bars.time(n) < end) {
            n++;
        }
        double[] adjusted = data.adjustedClose() == null ? null : Arrays.copyOf(data.adjustedClose(), n);
        return Optional.of(new AssetData(data.asset(), bars.slice(0, n), adjusted));
    }
}
