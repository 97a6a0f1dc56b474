package dev.quiver.core.engine.push;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.Interval;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads an asset's history for warm start: every bar the source has before the live point (the
 * bar holding the clock's now, in the asset's zone; that bar and later ones are left to the live
 * input). An asset the source does not know becomes a live-only asset ({@link Asset#defaultFor})
 * with no history. The history is sized for the bars read and {@link BarHistory#HEADROOM} more, so
 * that a long history does not keep up to half its capacity unused. Runs on the caller of {@link
 * PushEngine#add}, never on a shard. Thread-safe if the source is.
 */
final class HistoryLoader {

    private final BarSource source;
    private final InstantSource clock;
    private final Interval interval;

    HistoryLoader(BarSource source, InstantSource clock, Interval interval) {
        this.source = source;
        this.clock = clock;
        this.interval = interval;
    }

    /** The message making the owner shard track {@code id}. */
    ShardMessage.Track load(AssetId id) {
        Optional<AssetData> data = source.load(id, LocalDate.MAX);
        Asset asset = data.map(AssetData::asset).orElseGet(() -> Asset.defaultFor(id));
        BarClock bars = new BarClock(interval, asset.zone());
        long liveStartKey = bars.keyOf(bars.startOf(clock.instant().getEpochSecond()));
        BarHistory history = new BarHistory(data.map(d -> d.bars().size()).orElse(0) + BarHistory.HEADROOM);
        boolean adjusted = data.isPresent() && data.get().adjustedClose() != null;
        if (data.isPresent()) {
            BarSeries series = data.get().bars();
            double[] row = new double[Fields.COUNT];
            for (int i = 0; i < series.size(); i++) {
                long start = bars.startOf(series.time(i));
                long key = bars.keyOf(start);
                if (key >= liveStartKey) {
                    break;
                }
                row[Fields.OPEN] = series.value(PriceField.OPEN, i);
                row[Fields.HIGH] = series.value(PriceField.HIGH, i);
                row[Fields.LOW] = series.value(PriceField.LOW, i);
                row[Fields.CLOSE] = series.value(PriceField.CLOSE, i);
                row[Fields.VOLUME] = series.value(PriceField.VOLUME, i);
                row[Fields.ADJCLOSE] = adjusted ? data.get().adjustedClose()[i] : Double.NaN;
                history.put(start, key, row);
            }
        }
        return new ShardMessage.Track(asset, history, adjusted, liveStartKey);
    }
}
