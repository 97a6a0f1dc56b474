package dev.quiver.store.support;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.AssetSummary;
import dev.quiver.store.BarStore;
import dev.quiver.store.CoverageRecord;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a store answers, read through its public queries, as one comparable value: two stores
 * with equal snapshots hold the same assets, bars, adjusted closes, actions and coverage.
 *
 * @param assets every asset, by symbol
 * @param contents what is held per asset
 */
public record StoreSnapshot(List<Asset> assets, Map<AssetId, Contents> contents) {

    /**
     * What is held for one asset.
     *
     * @param bars raw bars per interval (intervals without bars left out)
     * @param adjustedCloses the provider's adjusted closes per interval, boxed so NaN equals NaN
     * @param actions the corporate actions
     * @param coverage the coverage records
     * @param summary the counts
     */
    public record Contents(
            Map<Interval, BarSeries> bars,
            Map<Interval, List<Double>> adjustedCloses,
            List<CorporateAction> actions,
            List<CoverageRecord> coverage,
            AssetSummary summary) {}

    /** Reads every asset of {@code store}. */
    public static StoreSnapshot of(BarStore store) {
        List<Asset> assets = store.assets();
        Map<AssetId, Contents> contents = new LinkedHashMap<>();
        for (Asset asset : assets) {
            AssetId id = asset.id();
            Map<Interval, BarSeries> bars = new EnumMap<>(Interval.class);
            Map<Interval, List<Double>> closes = new EnumMap<>(Interval.class);
            for (Interval interval : Interval.values()) {
                BarSeries series = store.bars(id, interval, DateRange.ALL, Adjustment.RAW);
                if (!series.isEmpty()) {
                    bars.put(interval, series);
                    closes.put(
                            interval,
                            Arrays.stream(store.providerAdjustedClose(id, interval, DateRange.ALL))
                                    .boxed()
                                    .toList());
                }
            }
            contents.put(id, new Contents(bars, closes, store.actions(id), store.coverage(id), store.summary(id)));
        }
        return new StoreSnapshot(assets, contents);
    }

    /** The total number of bars held. */
    public int barCount() {
        return contents.values().stream().mapToInt(c -> c.summary().bars()).sum();
    }
}
