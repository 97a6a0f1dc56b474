package dev.quiver.bench.live;

import dev.quiver.bench.kernels.RandomWalk;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the pull engine gives for expressions over a random walk, its bars dated on weekdays. */
final class WalkPull {

    private WalkPull() {}

    /** Pull's columns for {@code expressions} over every bar of {@code walk}. */
    static PullResult of(RandomWalk walk, List<String> expressions) {
        AssetId id = AssetId.of("WALK");
        Asset asset = Asset.defaultFor(id);
        int n = walk.size();
        long[] times = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        LocalDate date = LocalDate.of(2000, 1, 3);
        for (int i = 0; i < n; i++) {
            times[i] = date.atStartOfDay(asset.zone()).toEpochSecond();
            date = date.plusDays(date.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
            open[i] = walk.open(i);
            high[i] = walk.high(i);
            low[i] = walk.low(i);
            close[i] = walk.close(i);
            volume[i] = walk.volume(i);
        }
        AssetData data = new AssetData(asset, BarSeries.of(times, open, high, low, close, volume), null);
        BarSource source = new BarSource() {
            @Override
            public Optional<AssetData> load(AssetId asked, LocalDate endExclusive) {
                return Optional.of(data).filter(d -> asked.equals(id));
            }

            @Override
            public Optional<Asset> asset(AssetId asked) {
                return Optional.of(asset).filter(a -> asked.equals(id));
            }
        };
        return new PullEngine(StandardCatalogue.get(), source, Runnable::run)
                .evaluate(new PullRequest(id, expressions, DateRange.ALL, Alignment.INTERSECT));
    }
}
