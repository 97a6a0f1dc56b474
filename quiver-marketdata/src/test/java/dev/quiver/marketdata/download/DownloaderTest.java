package dev.quiver.marketdata.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.marketdata.MalformedResponseException;
import dev.quiver.marketdata.MarketDataSource;
import dev.quiver.marketdata.NetworkUnreachableException;
import dev.quiver.marketdata.NoDataInRangeException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.support.ClosedPorts;
import dev.quiver.marketdata.support.ManualClock;
import dev.quiver.marketdata.support.Recordings;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.StubServer;
import dev.quiver.marketdata.support.TestSources;
import dev.quiver.marketdata.yahoo.YahooChartSource;
import dev.quiver.store.BarStore;
import dev.quiver.store.CoverageRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gap-aware downloads into a real store from the Yahoo adapter, against the stub server. */
class DownloaderTest {

    private static final String AAPL_CHART = "/v8/finance/chart/AAPL";
    private static final String MSFT_CHART = "/v8/finance/chart/MSFT";
    private static final String NVDA_CHART = "/v8/finance/chart/NVDA";
    private static final String AAPL_EVENTS = "chart_AAPL_2020-08-31_2020-11-07_div_split.json";
    private static final String MSFT = "chart_MSFT_2021-02-01_2022-01-31_events-div.json";
    private static final AssetId AAPL_ID = AssetId.of("AAPL");

    @TempDir
    Path dir;

    private final StubServer server = StubServer.start();
    private ManualClock clock = new ManualClock(Instant.parse("2025-02-22T10:01:31Z"));
    private BarStore store;

    @AfterEach
    void stop() {
        server.close();
        if (store != null) {
            store.close();
        }
    }

    private BarStore store() {
        if (store == null) {
            store = BarStore.open(dir.resolve("quiver.db"), clock);
        }
        return store;
    }

    private List<SymbolReport> download(String from, String to, boolean refresh, String... symbols) {
        return download(TestSources.yahoo(server, clock), new DownloadSettings(2, 90), from, to, refresh, symbols);
    }

    private List<SymbolReport> download(
            MarketDataSource source,
            DownloadSettings settings,
            String from,
            String to,
            boolean refresh,
            String... symbols) {
        DownloadRequest request = new DownloadRequest(
                List.of(symbols).stream().map(AssetId::of).toList(),
                Interval.ONE_DAY,
                DateRange.closed(LocalDate.parse(from), LocalDate.parse(to)),
                refresh);
        return new Downloader(store(), source, settings, clock).download(request, DownloadListener.none());
    }

    @Test
    void shouldStoreTheAnswerAndAskNothingOnASecondIdenticalRun() {
        server.on(
                NVDA_CHART,
                Reply.yahoo("chart_NVDA_2021-02-01_2022-01-31_events-split.json"),
                Reply.yahoo("synthetic_splits_NVDA_after_2022-01-31.json"));

        SymbolReport first = download("2021-01-30", "2022-01-30", false, "NVDA").get(0);

        assertThat(first.succeeded()).isTrue();
        assertThat(first.bars()).isEqualTo(252);
        assertThat(first.fetched())
                .containsExactly(DateRange.closed(LocalDate.of(2021, 2, 1), LocalDate.of(2022, 1, 28)));
        assertThat(server.requests(NVDA_CHART)).hasSize(2);
        assertThat(store().actions(AssetId.of("NVDA")))
                .containsExactly(
                        new Split(LocalDate.of(2021, 7, 20), 4, ActionOrigin.PROVIDED),
                        new Split(LocalDate.of(2024, 6, 10), 10, ActionOrigin.PROVIDED));
        assertThat(store().coverage(AssetId.of("NVDA")))
                .extracting(CoverageRecord::range)
                .containsExactly(DateRange.closed(LocalDate.of(2021, 1, 30), LocalDate.of(2022, 1, 30)));

        SymbolReport second =
                download("2021-01-30", "2022-01-30", false, "NVDA").get(0);

        assertThat(second.succeeded()).isTrue();
        assertThat(second.fetched()).isEmpty();
        assertThat(server.requests(NVDA_CHART)).hasSize(2);
    }

    @Test
    void shouldFetchOnlyTheDatesTheStoreLacks() {
        server.on(
                AAPL_CHART,
                Reply.yahoo(AAPL_EVENTS),
                Reply.yahoo("synthetic_no_splits_AAPL.json"),
                Reply.yahoo(AAPL_EVENTS),
                Reply.yahoo("synthetic_no_splits_AAPL.json"));
        download("2020-08-31", "2020-09-30", false, "AAPL");

        SymbolReport report =
                download("2020-08-31", "2020-11-06", false, "AAPL").get(0);

        assertThat(report.fetched())
                .containsExactly(DateRange.closed(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 11, 6)));
        assertThat(server.requests(AAPL_CHART).get(2).param("period1")).isEqualTo("1601424000");
        assertThat(store().bars(AAPL_ID, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW)
                        .size())
                .isEqualTo(49);
    }

    @Test
    void shouldRecordADayWithoutSessionAsCoveredAfterOneRequest() {
        server.on(
                AAPL_CHART,
                Reply.yahoo(AAPL_EVENTS),
                Reply.yahoo("synthetic_no_splits_AAPL.json"),
                Reply.yahoo("synthetic_no_splits_AAPL.json"),
                Reply.yahoo("synthetic_no_splits_AAPL.json"));
        download("2020-11-02", "2020-11-06", false, "AAPL");

        SymbolReport holiday =
                download("2020-11-26", "2020-11-26", false, "AAPL").get(0);
        SymbolReport again = download("2020-11-26", "2020-11-26", false, "AAPL").get(0);

        assertThat(holiday.succeeded()).isTrue();
        assertThat(holiday.bars()).isZero();
        assertThat(again.fetched()).isEmpty();
        assertThat(server.requests(AAPL_CHART)).hasSize(4);
    }

    @Test
    void shouldReportEachSymbolsFailureWhileTheOthersAreStored() {
        server.on(AAPL_CHART, Reply.yahoo(AAPL_EVENTS), Reply.yahoo("synthetic_no_splits_AAPL.json"))
                .on(MSFT_CHART, Reply.yahoo(MSFT), Reply.yahoo("synthetic_no_splits_MSFT.json"))
                .on("/v8/finance/chart/NOPE", Reply.yahooError("chart_unknown_or_delisted_symbol"));
        List<String> progress = new ArrayList<>();
        DownloadRequest request = new DownloadRequest(
                List.of(AAPL_ID, AssetId.of("NOPE"), AssetId.of("MSFT")),
                Interval.ONE_DAY,
                DateRange.closed(LocalDate.of(2020, 8, 31), LocalDate.of(2021, 3, 1)),
                false);

        List<SymbolReport> reports = new Downloader(
                        store(), TestSources.yahoo(server, clock), new DownloadSettings(2, 30), clock)
                .download(request, (report, done, total) -> progress.add(done + "/" + total + " " + report.symbol()));

        assertThat(reports)
                .extracting(SymbolReport::symbol)
                .containsExactly(AAPL_ID, AssetId.of("NOPE"), AssetId.of("MSFT"));
        assertThat(reports.get(1).failure()).isInstanceOf(SymbolNotFoundException.class);
        assertThat(reports.get(0).bars()).isEqualTo(49);
        assertThat(reports.get(2).bars()).isEqualTo(20);
        assertThat(progress).hasSize(3).allMatch(line -> line.matches("[123]/3 [A-Z]+"));
        assertThat(store().findAsset(AssetId.of("NOPE"))).isEmpty();
        assertThat(store().findAsset(AssetId.of("MSFT"))).isPresent();
    }

    @Test
    void shouldStoreNothingFromAnAnswerCutShortInsideItsJson() {
        String chart = Recordings.yahoo(AAPL_EVENTS);
        server.on(AAPL_CHART, Reply.json(200, chart.substring(0, chart.length() - 300)));

        SymbolReport report =
                download("2020-08-31", "2020-11-06", false, "AAPL").get(0);

        assertThat(report.failure()).isInstanceOf(MalformedResponseException.class);
        assertThat(store().findAsset(AAPL_ID)).isEmpty();
    }

    @Test
    void shouldStoreNothingWhenEveryAttemptIsCutShortOnTheWire() {
        server.on(AAPL_CHART, Reply.cutShort(Recordings.yahoo(AAPL_EVENTS)));

        SymbolReport report =
                download("2020-08-31", "2020-11-06", false, "AAPL").get(0);

        assertThat(report.failure()).isInstanceOf(NetworkUnreachableException.class);
        assertThat(server.requests(AAPL_CHART)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(store().assets()).isEmpty();
    }

    @Test
    void shouldRecordARangeBeforeTheListingAsCoveredForAStoredAsset() {
        server.on(
                AAPL_CHART,
                Reply.yahoo(AAPL_EVENTS),
                Reply.yahoo("synthetic_no_splits_AAPL.json"),
                Reply.yahooError("chart_range_before_listing"));
        download("2020-11-02", "2020-11-06", false, "AAPL");

        SymbolReport early = download("1970-01-05", "1970-01-09", false, "AAPL").get(0);
        SymbolReport again = download("1970-01-05", "1970-01-09", false, "AAPL").get(0);

        assertThat(early.succeeded()).isTrue();
        assertThat(early.warnings())
                .singleElement()
                .asString()
                .contains("no data for AAPL in [1970-01-05, 1970-01-10)");
        assertThat(again.fetched()).isEmpty();
        assertThat(server.requests(AAPL_CHART)).hasSize(3);
    }

    @Test
    void shouldFailAndStoreNothingForANewSymbolWithoutData() {
        server.on(AAPL_CHART, Reply.yahooError("chart_range_before_listing"));

        SymbolReport report =
                download("1970-01-05", "1970-01-09", false, "AAPL").get(0);

        assertThat(report.failure()).isInstanceOf(NoDataInRangeException.class);
        assertThat(store().assets()).isEmpty();
    }

    @Test
    void shouldSayClearlyThatThereIsNoNetwork() {
        String nowhere = ClosedPorts.refusingUrl();
        YahooChartSource offline = YahooChartSource.create(TestSources.yahooConfig(nowhere), clock.pacing());

        SymbolReport report = download(offline, new DownloadSettings(1, 30), "2020-08-31", "2020-11-06", false, "AAPL")
                .get(0);

        assertThat(report.failure())
                .isInstanceOf(NetworkUnreachableException.class)
                .hasMessageStartingWith("yahoo: cannot reach " + nowhere + "/v8/finance/chart/AAPL?")
                .hasMessageContaining("connection refused");
        assertThat(store().assets()).isEmpty();
    }

    @Test
    void shouldReportWhatARefreshFoundChanged() {
        String preliminary = Recordings.yahoo(MSFT).replace("\"amount\": 0.62", "\"amount\": 0.6");
        server.on(
                MSFT_CHART,
                Reply.json(200, preliminary),
                Reply.yahoo("synthetic_no_splits_MSFT.json"),
                Reply.yahoo(MSFT),
                Reply.yahoo("synthetic_no_splits_MSFT.json"));
        download("2021-02-01", "2022-01-30", false, "MSFT");

        SymbolReport refreshed =
                download("2021-02-01", "2022-01-30", true, "MSFT").get(0);

        assertThat(refreshed.fetched())
                .containsExactly(DateRange.closed(LocalDate.of(2021, 11, 2), LocalDate.of(2022, 1, 28)));
        assertThat(refreshed.changes()).isEqualTo(new Changes(0, 0, 0, List.of("dividend 2021-11-17: 0.6 -> 0.62")));
        assertThat(store().actions(AssetId.of("MSFT")))
                .hasSize(4)
                .last()
                .extracting("amount")
                .isEqualTo(0.62);
    }

    @Test
    void shouldNotRecordTheCurrentDayAsCovered() {
        clock = new ManualClock(Instant.parse("2020-01-02T20:00:00Z"));
        server.on(AAPL_CHART, Reply.yahoo("chart_AAPL_2020-01-01_2020-01-03.json"));

        SymbolReport first = download("2020-01-01", "2020-01-02", false, "AAPL").get(0);
        SymbolReport second =
                download("2020-01-01", "2020-01-02", false, "AAPL").get(0);

        assertThat(first.bars()).isOne();
        assertThat(store().coverage(AAPL_ID))
                .extracting(CoverageRecord::range)
                .containsExactly(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)));
        assertThat(second.fetched()).containsExactly(new DateRange(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3)));
        BarSeries bars = store().bars(AAPL_ID, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW);
        assertThat(bars.value(PriceField.CLOSE, 0)).isEqualTo(75.0875015258789);
    }

    @Test
    void shouldFetchSeveralSymbolsAtOnceButNoMoreThanTheConcurrency() {
        clock = new ManualClock(Instant.parse("2020-01-02T20:00:00Z"));
        String[] symbols = {"AAPL", "AMZN", "META", "NFLX", "GOOG", "IBM"};
        for (String symbol : symbols) {
            server.on(
                    "/v8/finance/chart/" + symbol,
                    Reply.yahoo("chart_AAPL_2020-01-01_2020-01-03.json").after(Duration.ofMillis(80)));
        }

        List<SymbolReport> reports = download(
                TestSources.yahoo(server, clock),
                new DownloadSettings(2, 30),
                "2020-01-02",
                "2020-01-02",
                false,
                symbols);

        assertThat(reports).allMatch(SymbolReport::succeeded);
        assertThat(server.maxInFlight()).isEqualTo(2);
    }
}
