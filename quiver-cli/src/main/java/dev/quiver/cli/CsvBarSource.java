package dev.quiver.cli;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.series.PriceField;
import dev.quiver.marketdata.csv.CsvBarReader;
import dev.quiver.marketdata.csv.CsvBars;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CSV files as the pull engine's source, each read once and in full: the bar fields are the file's
 * own prices, {@code adjclose} its Adj Close column, or the total-return close computed from its
 * dividends and splits when it has none. Not thread-safe.
 */
final class CsvBarSource implements BarSource {

    private final Map<AssetId, AssetData> assets = new LinkedHashMap<>();

    /** Reads {@code file} as {@code asset}. */
    CsvBarSource add(Asset asset, Path file) {
        CsvBars read = CsvBarReader.read(file, asset.zone());
        double[] adjusted = read.providerAdjustedClose();
        if (adjusted == null) {
            adjusted = PriceAdjuster.adjust(read.bars(), read.actions(), Adjustment.TOTAL, asset.zone())
                    .column(PriceField.CLOSE);
        }
        assets.put(asset.id(), new AssetData(asset, read.asStated(), adjusted));
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
