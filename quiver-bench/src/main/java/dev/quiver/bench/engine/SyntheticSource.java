package dev.quiver.bench.engine;

import dev.quiver.bench.store.SyntheticBars;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.series.BarSeries;
import dev.quiver.store.BarImport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The history of {@link SyntheticBars}' assets {@code A0000} onwards, generated on every load and
 * kept nowhere, so that a heap count sees only the engine's copy. Thread-safe (immutable after
 * construction).
 */
final class SyntheticSource implements BarSource {

    private final Map<AssetId, Integer> indices = new HashMap<>();
    private final int bars;

    /** Assets {@code 0 .. assets-1}, each with {@code bars} daily bars. */
    SyntheticSource(int assets, int bars) {
        for (int i = 0; i < assets; i++) {
            indices.put(SyntheticBars.symbol(i), i);
        }
        this.bars = bars;
    }

    @Override
    public Optional<AssetData> load(AssetId id, LocalDate endExclusive) {
        Integer index = indices.get(id);
        if (index == null) {
            return Optional.empty();
        }
        BarImport batch = SyntheticBars.batch(index, bars);
        BarSeries series = batch.bars();
        long end = endExclusive.equals(LocalDate.MAX)
                ? Long.MAX_VALUE
                : endExclusive.atStartOfDay(batch.asset().zone()).toEpochSecond();
        int n = 0;
        while (n < series.size() && series.time(n) < end) {
            n++;
        }
        return Optional.of(
                new AssetData(batch.asset(), series.slice(0, n), Arrays.copyOf(batch.providerAdjustedClose(), n)));
    }

    @Override
    public Optional<Asset> asset(AssetId id) {
        return Optional.ofNullable(indices.get(id)).map(SyntheticBars::asset);
    }
}
