package dev.quiver.bench.engine;

import dev.quiver.bench.store.SyntheticBars;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.PushConfig;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.series.BarSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The live universe the engine measurements run: assets {@code A0000} onwards on a one-shard push
 * engine, warm-started from {@link SyntheticBars}' daily bars, whose clock runs in real time from
 * 10:00 New York on the day after the history, so that every tick at {@link #morningMillis()} falls
 * into the forming daily bar. Not thread-safe: built and changed by one thread; ticks may come from
 * any thread.
 */
final class LiveUniverse implements AutoCloseable {

    /**
     * Twenty analytics of the standard catalogue with fixed windows of at most 50 bars, each one
     * analytic node (multi-output ones give one column per output).
     */
    static final List<String> ANALYTICS = List.of(
            "sma(20)",
            "ema(20)",
            "wma(20)",
            "rsi(14)",
            "macd(12,26,9)",
            "bbands(20,2,2)",
            "atr(14)",
            "natr(14)",
            "stddev(20)",
            "mom(10)",
            "roc(10)",
            "willr(14)",
            "cci(14)",
            "stoch()",
            "mfi(14)",
            "min(20)",
            "max(20)",
            "sum(20)",
            "linearreg(14)",
            "midpoint(14)");

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final AssetId[] ids;
    private final long morningMillis;
    private final PushEngine engine;

    private LiveUniverse(AssetId[] ids, long morningMillis, PushEngine engine) {
        this.ids = ids;
        this.morningMillis = morningMillis;
        this.engine = engine;
    }

    /**
     * Starts a one-shard engine with the default idle spin over {@code assets} assets of {@code bars}
     * bars of history each; no asset is tracked until {@link #addToEach}.
     */
    static LiveUniverse start(int assets, int bars) {
        return start(assets, bars, PushConfig.DEFAULT_IDLE_SPIN);
    }

    /** As {@link #start(int, int)}, with the engine threads' {@code idleSpin} (see {@link PushConfig#idleSpin()}). */
    static LiveUniverse start(int assets, int bars, Duration idleSpin) {
        BarSeries history = SyntheticBars.batch(0, bars).bars();
        LocalDate live = LocalDate.ofInstant(Instant.ofEpochSecond(history.time(bars - 1)), NEW_YORK)
                .plusDays(1);
        Instant morning = live.atTime(LocalTime.of(10, 0)).atZone(NEW_YORK).toInstant();
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), morning));
        PushEngine engine =
                PushEngine.start(PushConfig.builder(StandardCatalogue.get(), new SyntheticSource(assets, bars))
                        .clock(clock)
                        .shards(1)
                        .idleSpin(idleSpin)
                        .build());
        AssetId[] ids = new AssetId[assets];
        for (int i = 0; i < assets; i++) {
            ids[i] = SyntheticBars.symbol(i);
        }
        return new LiveUniverse(ids, morning.toEpochMilli(), engine);
    }

    /** Adds {@code expressions} to every asset and waits until they are live (warm-started). */
    void addToEach(List<String> expressions) {
        List<CompletableFuture<Void>> added = new ArrayList<>();
        for (AssetId id : ids) {
            added.add(engine.add(id, expressions));
        }
        added.forEach(CompletableFuture::join);
    }

    /** The assets, by index. */
    AssetId[] ids() {
        return ids;
    }

    /** 10:00 New York on the live day, in epoch millis: inside every asset's forming bar. */
    long morningMillis() {
        return morningMillis;
    }

    PushEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
