package dev.quiver.marketdata.download;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.DateRange;
import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.FetchResult;
import dev.quiver.marketdata.MarketDataSource;
import dev.quiver.marketdata.NoDataInRangeException;
import dev.quiver.store.BarImport;
import dev.quiver.store.BarStore;
import dev.quiver.store.CoverageRecord;
import dev.quiver.store.ImportReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The download of one symbol: plan the fetches from the store's coverage (of this source and
 * interval), then fetch and store them one by one, each answer in one transaction with the dates it
 * covers. The current day is never recorded as covered, as its session may not be over: a later run
 * fetches it again. A range the source says holds no data is recorded as covered when the asset is
 * already stored (a holiday, a range before the listing); for an asset never stored, no data at all
 * is a failure and nothing is stored. One use, on one thread.
 */
final class SymbolDownload {

    private final BarStore store;
    private final MarketDataSource source;
    private final Clock clock;
    private final DownloadRequest request;
    private final DownloadSettings settings;
    private final AssetId symbol;

    private Asset asset;
    private final List<DateRange> fetched = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Changes changes = Changes.NONE;
    private int bars;
    private int actions;

    SymbolDownload(
            BarStore store,
            MarketDataSource source,
            Clock clock,
            DownloadRequest request,
            DownloadSettings settings,
            AssetId symbol) {
        this.store = store;
        this.source = source;
        this.clock = clock;
        this.request = request;
        this.settings = settings;
        this.symbol = symbol;
    }

    /** Runs the download; never throws, a failure is part of the report. */
    SymbolReport run() {
        try {
            asset = store.findAsset(symbol).orElse(null);
            Asset described = asset != null ? asset : Asset.defaultFor(symbol);
            for (Fetch fetch : Fetch.plan(wanted(described), covered(), refreshed(described), described.calendar())) {
                fetch(fetch);
            }
            if (asset == null) {
                throw new NoDataInRangeException(source.name(), symbol, request.range(), "no bars at all");
            }
            return report(null);
        } catch (RuntimeException e) {
            return report(e);
        }
    }

    private void fetch(Fetch fetch) {
        fetched.add(fetch.ask());
        FetchResult result;
        try {
            result = source.fetch(new BarRequest(symbol, request.interval(), fetch.ask()));
        } catch (NoDataInRangeException e) {
            if (asset == null) {
                throw e;
            }
            warnings.add(e.getMessage());
            store.importBars(
                    BarImport.of(asset, request.interval(), BarSeries.empty(), List.of(), source.name()),
                    complete(fetch.covers(), asset));
            return;
        }
        warnings.addAll(result.warnings());
        BarImport batch = result.batch();
        if (batch.bars().isEmpty() && asset == null) {
            return;
        }
        if (request.refresh() && asset != null) {
            changes = changes.plus(Changes.between(
                    store.bars(symbol, request.interval(), fetch.ask(), Adjustment.RAW),
                    batch.bars(),
                    store.actions(symbol),
                    batch.actions(),
                    fetch.ask()));
        }
        ImportReport stored = store.importBars(batch, complete(fetch.covers(), batch.asset()));
        asset = batch.asset();
        bars += stored.bars();
        actions += stored.actions();
    }

    /** The requested range without the days after today (in the asset's zone). */
    private DateRange wanted(Asset described) {
        LocalDate tomorrow = today(described).plusDays(1);
        DateRange range = request.range();
        if (!range.endExclusive().isAfter(tomorrow)) {
            return range;
        }
        return range.startInclusive().isBefore(tomorrow)
                ? new DateRange(range.startInclusive(), tomorrow)
                : new DateRange(range.startInclusive(), range.startInclusive());
    }

    /** On a refresh of a stored asset, the last {@code refreshDays} days of the wanted range; else empty. */
    private DateRange refreshed(Asset described) {
        DateRange wanted = wanted(described);
        if (!request.refresh() || asset == null || wanted.isEmpty()) {
            return new DateRange(wanted.startInclusive(), wanted.startInclusive());
        }
        LocalDate from = wanted.endExclusive().minusDays(settings.refreshDays());
        return new DateRange(
                from.isAfter(wanted.startInclusive()) ? from : wanted.startInclusive(), wanted.endExclusive());
    }

    private List<DateRange> covered() {
        if (asset == null) {
            return List.of();
        }
        return store.coverage(symbol).stream()
                .filter(c -> c.interval() == request.interval() && c.source().equals(source.name()))
                .map(CoverageRecord::range)
                .toList();
    }

    /** The part of {@code range} before today in {@code of}'s zone: the days whose sessions are over. */
    private DateRange complete(DateRange range, Asset of) {
        LocalDate today = today(of);
        if (range.endExclusive().isAfter(today)) {
            LocalDate end = range.startInclusive().isAfter(today) ? range.startInclusive() : today;
            return new DateRange(range.startInclusive(), end);
        }
        return range;
    }

    private LocalDate today(Asset of) {
        return LocalDate.ofInstant(clock.instant(), of.zone());
    }

    private SymbolReport report(RuntimeException failure) {
        return new SymbolReport(symbol, fetched, bars, actions, warnings, changes, failure);
    }
}
