package dev.quiver.core.engine.push.replay;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.engine.push.PushInput;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replays recorded bars as live input: the bars of one or more assets merged in time order (ties in
 * the order the assets were given), each given either as a bar snapshot or as the four synthetic
 * trades of {@link IntrabarPath} spread over the bar's interval, then closed. Paced by a {@link
 * Pacing}: as fast as the target takes input, or at a speed factor. Immutable; {@link #run} may be
 * called again.
 */
public final class ReplayFeed {

    /** How each bar is given. */
    public enum Mode {
        /** One bar snapshot, then a close. */
        BARS,
        /** Four trades (open, low/high, close) inside the bar, then a close. */
        TICKS
    }

    private final Map<AssetId, BarSeries> series;
    private final Mode mode;
    private final Pacing pacing;
    private final Interval interval;

    private ReplayFeed(Map<AssetId, BarSeries> series, Mode mode, Pacing pacing, Interval interval) {
        this.series = series;
        this.mode = mode;
        this.pacing = pacing;
        this.interval = interval;
    }

    /**
     * A feed of several assets' bars, bar by bar, as fast as possible, daily.
     *
     * @param series each asset's bars; iteration order breaks ties of equal times
     */
    public static ReplayFeed of(Map<AssetId, BarSeries> series) {
        return new ReplayFeed(new LinkedHashMap<>(series), Mode.BARS, Pacing.asFastAsPossible(), Interval.ONE_DAY);
    }

    /** A feed of one asset's bars. */
    public static ReplayFeed of(AssetId asset, BarSeries bars) {
        return of(Map.of(asset, bars));
    }

    /**
     * A feed of the bars a source has for {@code asset} on session dates {@code [from, to)}.
     *
     * @throws IllegalArgumentException if the source does not know the asset
     */
    public static ReplayFeed load(BarSource source, AssetId asset, LocalDate from, LocalDate to) {
        AssetData data = source.load(asset, to)
                .orElseThrow(() -> new IllegalArgumentException("no bars of " + asset + " to replay"));
        BarSeries bars = data.bars();
        long start = from.atStartOfDay(data.asset().zone()).toEpochSecond();
        int first = 0;
        while (first < bars.size() && bars.time(first) < start) {
            first++;
        }
        return of(asset, bars.slice(first, bars.size()));
    }

    /** The same feed giving bars this way. */
    public ReplayFeed mode(Mode mode) {
        return new ReplayFeed(series, Objects.requireNonNull(mode, "mode"), pacing, interval);
    }

    /** The same feed at this pace. */
    public ReplayFeed pacing(Pacing pacing) {
        return new ReplayFeed(series, mode, Objects.requireNonNull(pacing, "pacing"), interval);
    }

    /** The same feed for bars of this interval (where trades fall inside a bar). */
    public ReplayFeed interval(Interval interval) {
        return new ReplayFeed(series, mode, pacing, Objects.requireNonNull(interval, "interval"));
    }

    /**
     * Gives every bar to {@code target} on the calling thread, in time order.
     *
     * @return the number of bars given
     * @throws InterruptedException if interrupted while pacing
     */
    public long run(PushInput target) throws InterruptedException {
        List<AssetId> assets = new ArrayList<>(series.keySet());
        List<BarSeries> bars = new ArrayList<>(series.values());
        int[] next = new int[bars.size()];
        double[] prices = new double[IntrabarPath.TRADES];
        double[] volumes = new double[IntrabarPath.TRADES];
        long spacing = interval.length().toMillis() / (IntrabarPath.TRADES + 1);
        long given = 0;
        for (int a = earliest(bars, next); a >= 0; a = earliest(bars, next)) {
            BarSeries s = bars.get(a);
            int i = next[a]++;
            long start = s.time(i) * 1000;
            if (mode == Mode.BARS) {
                pacing.await(start);
                target.bar(assets.get(a), s.bar(i));
            } else {
                IntrabarPath.of(
                        s.value(PriceField.OPEN, i),
                        s.value(PriceField.HIGH, i),
                        s.value(PriceField.LOW, i),
                        s.value(PriceField.CLOSE, i),
                        s.value(PriceField.VOLUME, i),
                        prices,
                        volumes);
                for (int k = 0; k < IntrabarPath.TRADES; k++) {
                    long time = start + (k + 1) * spacing;
                    pacing.await(time);
                    target.tick(assets.get(a), time, prices[k], volumes[k]);
                }
            }
            target.closeBar(assets.get(a));
            given++;
        }
        return given;
    }

    /** The asset whose next bar starts first, or -1 when every bar is given. */
    private static int earliest(List<BarSeries> bars, int[] next) {
        int best = -1;
        for (int a = 0; a < bars.size(); a++) {
            if (next[a] < bars.get(a).size()
                    && (best < 0 || bars.get(a).time(next[a]) < bars.get(best).time(next[best]))) {
                best = a;
            }
        }
        return best;
    }
}
