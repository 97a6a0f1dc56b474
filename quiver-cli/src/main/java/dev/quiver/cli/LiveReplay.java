package dev.quiver.cli;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.engine.push.replay.Pacing;
import dev.quiver.core.engine.push.replay.ReplayFeed;
import dev.quiver.core.series.Bar;
import dev.quiver.core.series.BarSeries;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps live analytics moving from stored history: replays the last year of each asset's bars as
 * intrabar trades into the push engine, dated from today on (the days after the stored history are
 * live for the engine) and scaled so that each pass continues from the last price, looping until
 * stopped. Runs on a daemon thread of its own.
 */
final class LiveReplay {

    /** Bars replayed per pass. */
    static final int WINDOW = 250;

    private final Thread thread;

    private LiveReplay(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts replaying {@code assets} at {@code barsPerSecond}.
     *
     * @throws UserInputException for an asset without bars
     */
    static LiveReplay start(PushEngine engine, BarSource source, List<AssetId> assets, double barsPerSecond) {
        Map<AssetId, AssetData> data = new LinkedHashMap<>();
        for (AssetId asset : assets) {
            AssetData loaded = source.load(asset, LocalDate.MAX)
                    .filter(d -> d.bars().size() > 1)
                    .orElseThrow(() -> new UserInputException("no stored bars of " + asset + " to replay"));
            data.put(asset, loaded);
        }
        Thread thread = new Thread(() -> run(engine, data, barsPerSecond), "quiver-replay");
        thread.setDaemon(true);
        thread.start();
        return new LiveReplay(thread);
    }

    /** Stops the replay and waits a moment for it. */
    void stop() throws InterruptedException {
        thread.interrupt();
        thread.join(Duration.ofSeconds(2).toMillis());
    }

    private static void run(PushEngine engine, Map<AssetId, AssetData> data, double barsPerSecond) {
        Map<AssetId, Double> last = new LinkedHashMap<>();
        data.forEach(
                (asset, d) -> last.put(asset, d.bars().bar(d.bars().size() - 1).close()));
        LocalDate start = LocalDate.now(ZoneId.of("UTC"));
        try {
            for (int pass = 0; !Thread.currentThread().isInterrupted(); pass++) {
                Map<AssetId, BarSeries> series = new LinkedHashMap<>();
                LocalDate first = start.plusDays((long) pass * WINDOW);
                for (Map.Entry<AssetId, AssetData> entry : data.entrySet()) {
                    BarSeries bars = window(entry.getValue(), first, last.get(entry.getKey()));
                    series.put(entry.getKey(), bars);
                    last.put(entry.getKey(), bars.bar(bars.size() - 1).close());
                }
                ReplayFeed.of(series)
                        .mode(ReplayFeed.Mode.TICKS)
                        .pacing(Pacing.speed(barsPerSecond * 86_400))
                        .run(engine);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // the engine closed: the server is stopping
        }
    }

    /** The asset's last bars, one a day from {@code first}, scaled to open at {@code from}. */
    private static BarSeries window(AssetData data, LocalDate first, double from) {
        BarSeries bars = data.bars();
        int begin = Math.max(0, bars.size() - WINDOW);
        ZoneId zone = data.asset().zone();
        double scale = from / bars.bar(begin).open();
        List<Bar> out = new ArrayList<>();
        for (int i = begin; i < bars.size(); i++) {
            Bar bar = bars.bar(i);
            out.add(new Bar(
                    first.plusDays(i - begin).atStartOfDay(zone).toInstant(),
                    bar.open() * scale,
                    bar.high() * scale,
                    bar.low() * scale,
                    bar.close() * scale,
                    bar.volume()));
        }
        return BarSeries.of(out);
    }
}
