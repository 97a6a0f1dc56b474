package dev.quiver.store;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The store as the pull engine's source of daily bars: raw bars are read once and adjusted in
 * memory, the chosen view for the bar fields and the total-return view for {@code adjclose}.
 * Thread-safe as the store is.
 */
public final class StoreBarSource implements BarSource {

    private final BarStore store;
    private final Adjustment adjustment;

    /**
     * A source over {@code store}.
     *
     * @param adjustment the view analytics see for open, high, low, close and volume (split-adjusted
     *     is what charts and indicators usually use)
     */
    public StoreBarSource(BarStore store, Adjustment adjustment) {
        this.store = store;
        this.adjustment = adjustment;
    }

    /** The asset's revision in the store; empty for an asset the store does not hold. */
    @Override
    public OptionalLong revision(AssetId id) {
        try {
            return OptionalLong.of(store.revision(id));
        } catch (UnknownAssetException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public Optional<Asset> asset(AssetId id) {
        return store.findAsset(id);
    }

    @Override
    public Optional<AssetData> load(AssetId id, LocalDate endExclusive) {
        Optional<Asset> asset = store.findAsset(id);
        if (asset.isEmpty()) {
            return Optional.empty();
        }
        BarSeries raw = store.bars(id, Interval.ONE_DAY, new DateRange(LocalDate.MIN, endExclusive), Adjustment.RAW);
        List<CorporateAction> actions = store.actions(id);
        BarSeries view =
                PriceAdjuster.adjust(raw, actions, adjustment, asset.get().zone());
        BarSeries total =
                PriceAdjuster.adjust(raw, actions, Adjustment.TOTAL, asset.get().zone());
        return Optional.of(new AssetData(asset.get(), view, total.column(PriceField.CLOSE)));
    }
}
