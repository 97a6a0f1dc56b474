package dev.quiver.marketdata.download;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.MarketDataSource;
import dev.quiver.marketdata.http.Pacing;
import dev.quiver.store.BarStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Downloads bars of many symbols from one source into a store, fetching only what the store's
 * coverage lacks (see {@link SymbolDownload} for one symbol's steps).
 *
 * <p>Symbols are fetched by at most {@link DownloadSettings#concurrency()} threads at once; the
 * source's own rate limit spaces their requests. A symbol that fails is reported with its typed
 * failure while the others go on. Thread-safe: downloads may run at once, through the store's single
 * writer.
 */
public final class Downloader {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final BarStore store;
    private final MarketDataSource source;
    private final DownloadSettings settings;
    private final Clock clock;

    /**
     * Creates a downloader.
     *
     * @param clock says what today is, in each asset's zone: the current day is never recorded as
     *     covered, and no day after it is asked for
     */
    public Downloader(BarStore store, MarketDataSource source, DownloadSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.source = Objects.requireNonNull(source, "source");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A downloader from {@code source} into {@code store}, with the source, the settings and the pacing
     * of {@code config} and the system clock: how the command line and the server build theirs.
     *
     * @throws IllegalArgumentException if a setting of {@code config} does not parse
     */
    public static Downloader create(BarStore store, SourceName source, Configuration config) {
        DownloadSettings settings = DownloadSettings.from(config);
        Pacing pacing = Pacing.system();
        return new Downloader(store, source.create(config, pacing), settings, pacing.clock());
    }

    /**
     * Downloads {@code request}, telling {@code listener} as each symbol finishes.
     *
     * @return one report per symbol, in the request's order
     * @throws CancellationException if the calling thread is interrupted; symbols under way stop at
     *     their next request, what was stored stays stored
     */
    public List<SymbolReport> download(DownloadRequest request, DownloadListener listener) {
        List<AssetId> symbols = request.symbols();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.concurrency(), symbols.size()), r -> {
            Thread thread = new Thread(r, "quiver-download-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ExecutorCompletionService<SymbolReport> done = new ExecutorCompletionService<>(pool);
            for (AssetId symbol : symbols) {
                done.submit(() -> new SymbolDownload(store, source, clock, request, settings, symbol).run());
            }
            SymbolReport[] reports = new SymbolReport[symbols.size()];
            for (int finished = 1; finished <= symbols.size(); finished++) {
                SymbolReport report = next(done);
                reports[symbols.indexOf(report.symbol())] = report;
                listener.finished(report, finished, symbols.size());
            }
            return List.of(reports);
        } finally {
            pool.shutdownNow();
        }
    }

    private static SymbolReport next(ExecutorCompletionService<SymbolReport> done) {
        try {
            Future<SymbolReport> future = done.take();
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("download interrupted");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a symbol's download escaped its report", e.getCause());
        }
    }
}
