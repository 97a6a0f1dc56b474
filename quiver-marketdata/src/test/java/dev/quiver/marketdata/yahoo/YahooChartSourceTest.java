package dev.quiver.marketdata.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.FetchResult;
import dev.quiver.marketdata.MalformedResponseException;
import dev.quiver.marketdata.NoDataInRangeException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.support.ManualClock;
import dev.quiver.marketdata.support.Recordings;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.StubServer;
import dev.quiver.marketdata.support.TestSources;
import dev.quiver.store.BarImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chart adapter against the recorded answers of src/test/resources/yahoo, replayed by a stub
 * server; the clock stands at each recording's date, as Yahoo's split adjustment depends on it.
 */
class YahooChartSourceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String AAPL_CHART = "/v8/finance/chart/AAPL";
    private static final String NVDA_CHART = "/v8/finance/chart/NVDA";
    private static final String NVDA = "chart_NVDA_2021-02-01_2022-01-31_events-split.json";
    private static final String AAPL_EVENTS = "chart_AAPL_2020-08-31_2020-11-07_div_split.json";

    private final StubServer server = StubServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static ManualClock clockAt(String instant) {
        return new ManualClock(Instant.parse(instant));
    }

    private static BarRequest daily(String symbol, String from, String to) {
        return BarRequest.daily(AssetId.of(symbol), DateRange.closed(LocalDate.parse(from), LocalDate.parse(to)));
    }

    private static long midnight(String date, ZoneId zone) {
        return LocalDate.parse(date).atStartOfDay(zone).toEpochSecond();
    }

    @Test
    void shouldUndoTheSplitThatCameAfterTheRangeAndAskForItSeparately() {
        server.on(
                AAPL_CHART,
                Reply.yahoo("chart_AAPL_2020-01-01_2020-01-03.json"),
                Reply.yahoo("synthetic_splits_AAPL_after_2020-01-02.json"));
        ManualClock clock = clockAt("2025-02-20T11:47:40Z");

        FetchResult result = TestSources.yahoo(server, clock).fetch(daily("AAPL", "2020-01-01", "2020-01-02"));

        BarImport batch = result.batch();
        BarSeries bars = batch.bars();
        assertThat(bars.size()).isOne();
        assertThat(bars.time(0)).isEqualTo(midnight("2020-01-02", NEW_YORK));
        assertThat(bars.value(PriceField.CLOSE, 0)).isEqualTo(75.0875015258789 * 4);
        assertThat(bars.value(PriceField.OPEN, 0)).isEqualTo(74.05999755859375 * 4);
        assertThat(bars.value(PriceField.VOLUME, 0)).isEqualTo(135480400 / 4.0);
        assertThat(batch.providerAdjustedClose()).containsExactly(72.71607208251953);
        assertThat(batch.actions()).containsExactly(new Split(LocalDate.of(2020, 8, 31), 4, ActionOrigin.PROVIDED));
        assertThat(batch.source()).isEqualTo("yahoo");
        assertThat(batch.asset().name()).isEqualTo("Apple Inc.");
        assertThat(batch.asset().exchange()).isEqualTo("NMS");
        assertThat(batch.asset().zone()).isEqualTo(NEW_YORK);
        assertThat(result.warnings()).isEmpty();
        assertThat(server.requests(AAPL_CHART)).hasSize(2);
        assertThat(server.requests(AAPL_CHART).get(0).params())
                .containsEntry("period1", "1577750400")
                .containsEntry("period2", "1578009600")
                .containsEntry("interval", "1d")
                .containsEntry("events", "div|split");
        assertThat(server.requests(AAPL_CHART).get(1).params())
                .containsEntry("period1", "1577923200")
                .containsEntry("period2", Long.toString(clock.instant().getEpochSecond()))
                .containsEntry("interval", "3mo")
                .containsEntry("events", "split");
    }

    @Test
    void shouldGiveNvidiaPricesAsTradedAcrossTheSplitInsideAndTheSplitAfterTheRange() {
        server.on(NVDA_CHART, Reply.yahoo(NVDA), Reply.yahoo("synthetic_splits_NVDA_after_2022-01-31.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-22T10:01:31Z"))
                .fetch(daily("NVDA", "2021-02-01", "2022-01-30"));

        BarSeries bars = result.batch().bars();
        assertThat(bars.size()).isEqualTo(252);
        assertThat(bars.value(PriceField.CLOSE, 0)).isEqualTo(13.237000465393066 * 40);
        assertThat(bars.value(PriceField.VOLUME, 0)).isEqualTo(217204000 / 40.0);
        assertThat(bars.value(PriceField.CLOSE, 116)).isEqualTo(18.77975082397461 * 40);
        assertThat(bars.value(PriceField.CLOSE, 117)).isEqualTo(18.61199951171875 * 10);
        assertThat(result.batch().actions())
                .containsExactly(
                        new Split(LocalDate.of(2021, 7, 20), 4, ActionOrigin.PROVIDED),
                        new Split(LocalDate.of(2024, 6, 10), 10, ActionOrigin.PROVIDED));
    }

    @Test
    void shouldGiveBackYahoosPricesInTheSplitAdjustedViewOfTheStoredActions() {
        server.on(NVDA_CHART, Reply.yahoo(NVDA), Reply.yahoo("synthetic_splits_NVDA_after_2022-01-31.json"));
        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-22T10:01:31Z"))
                .fetch(daily("NVDA", "2021-02-01", "2022-01-30"));

        BarSeries view =
                PriceAdjuster.adjust(result.batch().bars(), result.batch().actions(), Adjustment.SPLIT, NEW_YORK);

        String chart = Recordings.yahoo(NVDA);
        double[] recordedClose = RecordedColumn.of(chart, "close");
        double[] recordedVolume = RecordedColumn.of(chart, "volume");
        for (int i = 0; i < view.size(); i++) {
            assertThat(view.value(PriceField.CLOSE, i)).isCloseTo(recordedClose[i], within(recordedClose[i] * 1e-12));
            assertThat(view.value(PriceField.VOLUME, i))
                    .isCloseTo(recordedVolume[i], within(recordedVolume[i] * 1e-12));
        }
    }

    @Test
    void shouldDateDailyBarsInTheExchangeZoneNotByTheRecordedOffset() {
        server.on(NVDA_CHART, Reply.yahoo(NVDA), Reply.yahoo("synthetic_splits_NVDA_after_2022-01-31.json"));

        BarSeries bars = TestSources.yahoo(server, clockAt("2025-02-22T10:01:31Z"))
                .fetch(daily("NVDA", "2021-02-01", "2022-01-30"))
                .batch()
                .bars();

        assertThat(Instant.ofEpochSecond(bars.time(0))).isEqualTo(Instant.parse("2021-02-01T05:00:00Z"));
        assertThat(Instant.ofEpochSecond(bars.time(117))).isEqualTo(Instant.parse("2021-07-20T04:00:00Z"));
        assertThat(Instant.ofEpochSecond(bars.time(251))).isEqualTo(Instant.parse("2022-01-28T05:00:00Z"));
    }

    @Test
    void shouldKeepDividendsAsPaidAndTheProvidersAdjustedClose() {
        server.on(
                "/v8/finance/chart/MSFT",
                Reply.yahoo("chart_MSFT_2021-02-01_2022-01-31_events-div.json"),
                Reply.yahoo("synthetic_no_splits_MSFT.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-22T10:01:31Z"))
                .fetch(daily("MSFT", "2021-02-01", "2022-01-30"));

        BarImport batch = result.batch();
        assertThat(batch.actions())
                .containsExactly(
                        new CashDividend(LocalDate.of(2021, 2, 17), 0.56, ActionOrigin.PROVIDED),
                        new CashDividend(LocalDate.of(2021, 5, 19), 0.56, ActionOrigin.PROVIDED),
                        new CashDividend(LocalDate.of(2021, 8, 18), 0.56, ActionOrigin.PROVIDED),
                        new CashDividend(LocalDate.of(2021, 11, 17), 0.62, ActionOrigin.PROVIDED));
        BarSeries total = PriceAdjuster.adjust(batch.bars(), batch.actions(), Adjustment.TOTAL, NEW_YORK);
        double[] adjusted = batch.providerAdjustedClose();
        double last = adjusted[adjusted.length - 1] / total.value(PriceField.CLOSE, total.size() - 1);
        for (int i = 0; i < total.size(); i++) {
            double ratio = adjusted[i] / total.value(PriceField.CLOSE, i);
            assertThat(ratio / last).as("bar %d", i).isCloseTo(1.0, within(2e-6));
        }
        assertThat(last)
                .as("Yahoo's adjustment for the dividends after the range")
                .isCloseTo(0.972770, within(1e-6));
    }

    @Test
    void shouldStoreTheSplitOnTheFirstDayAndTheDividendOfTheRange() {
        server.on(AAPL_CHART, Reply.yahoo(AAPL_EVENTS), Reply.yahoo("synthetic_no_splits_AAPL.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-20T11:47:42Z"))
                .fetch(daily("AAPL", "2020-08-31", "2020-11-06"));

        BarSeries bars = result.batch().bars();
        assertThat(bars.size()).isEqualTo(49);
        assertThat(bars.value(PriceField.CLOSE, 0)).isEqualTo(129.0399932861328);
        assertThat(result.batch().actions())
                .containsExactly(
                        new Split(LocalDate.of(2020, 8, 31), 4, ActionOrigin.PROVIDED),
                        new CashDividend(LocalDate.of(2020, 11, 6), 0.205, ActionOrigin.PROVIDED));
    }

    @Test
    void shouldDateCryptoBarsAtMidnightUtcAndKeepOnlyTheWantedDates() {
        server.on(
                "/v8/finance/chart/BTC-USD",
                Reply.yahoo("chart_BTC-USD_2020-01-01_2020-01-03.json"),
                Reply.yahoo("synthetic_no_splits_BTC-USD.json"));

        BarImport batch = TestSources.yahoo(server, clockAt("2025-02-20T11:47:41Z"))
                .fetch(daily("BTC-USD", "2020-01-01", "2020-01-02"))
                .batch();

        assertThat(batch.asset().assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(batch.asset().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(batch.bars().times())
                .containsExactly(midnight("2020-01-01", ZoneOffset.UTC), midnight("2020-01-02", ZoneOffset.UTC));
        assertThat(batch.bars().value(PriceField.CLOSE, 0)).isEqualTo(7200.17431640625);
        assertThat(batch.providerAdjustedClose()).containsExactly(7200.17431640625, 6985.47021484375);
    }

    @Test
    void shouldSkipABarWithANullPriceAndKeepOneWithANullVolume() {
        String chart =
                ChartVariants.withNull(ChartVariants.withNull(Recordings.yahoo(AAPL_EVENTS), "close", 3), "volume", 5);
        server.on(AAPL_CHART, Reply.json(200, chart), Reply.yahoo("synthetic_no_splits_AAPL.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-20T11:47:42Z"))
                .fetch(daily("AAPL", "2020-08-31", "2020-11-06"));

        BarSeries bars = result.batch().bars();
        assertThat(bars.size()).isEqualTo(48);
        assertThat(bars.times()).doesNotContain(midnight("2020-09-03", NEW_YORK));
        assertThat(bars.value(PriceField.VOLUME, 4)).isNaN();
        assertThat(bars.time(4)).isEqualTo(midnight("2020-09-08", NEW_YORK));
        assertThat(result.warnings()).containsExactly("AAPL: 2020-09-03: bar skipped: no close (null)");
    }

    @Test
    void shouldTakePricesAsTradedAcrossASplitYahooListsButDidNotApply() {
        long splitOpen = 1626787800L;
        String unapplied = ChartVariants.scaledBefore(Recordings.yahoo(NVDA), splitOpen, 4);
        server.on(NVDA_CHART, Reply.json(200, unapplied), Reply.yahoo("synthetic_splits_NVDA_after_2022-01-31.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-22T10:01:31Z"))
                .fetch(daily("NVDA", "2021-02-01", "2022-01-30"));

        BarSeries bars = result.batch().bars();
        assertThat(bars.value(PriceField.CLOSE, 0)).isCloseTo(13.237000465393066 * 40, within(1e-9));
        assertThat(bars.value(PriceField.CLOSE, 117)).isEqualTo(18.61199951171875 * 10);
        assertThat(result.warnings())
                .singleElement()
                .asString()
                .startsWith("NVDA: 2021-07-20: the split 4:1 is listed but the prices before it are not adjusted");
        assertThat(result.batch().actions()).contains(new Split(LocalDate.of(2021, 7, 20), 4, ActionOrigin.PROVIDED));
    }

    @Test
    void shouldAskForNoLaterSplitsWhenTheRangeReachesNow() {
        server.on(AAPL_CHART, Reply.yahoo("chart_AAPL_2020-01-01_2020-01-03.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2020-01-02T23:00:00Z"))
                .fetch(daily("AAPL", "2020-01-01", "2020-01-03"));

        assertThat(server.requests(AAPL_CHART)).hasSize(1);
        assertThat(result.batch().bars().value(PriceField.CLOSE, 0)).isEqualTo(75.0875015258789);
    }

    @Test
    void shouldRideOutABurstOf429sAndAServerErrorThenStoreTheAnswer() {
        server.on(
                AAPL_CHART,
                Reply.yahooError("rate_limited_data_request"),
                Reply.yahooError("rate_limited_data_request"),
                Reply.text(503, "Service Unavailable"),
                Reply.yahoo("chart_AAPL_2020-01-01_2020-01-03.json"),
                Reply.yahoo("synthetic_splits_AAPL_after_2020-01-02.json"));
        ManualClock clock = clockAt("2025-02-20T11:47:40Z");

        FetchResult result = TestSources.yahoo(server, clock).fetch(daily("AAPL", "2020-01-01", "2020-01-02"));

        assertThat(result.batch().bars().size()).isOne();
        assertThat(clock.sleeps()).hasSize(3);
        assertThat(server.requests(AAPL_CHART)).hasSize(5);
    }

    @Test
    void shouldReportAnUnknownSymbolWithYahoosWords() {
        server.on("/v8/finance/chart/NOPE", Reply.yahooError("chart_unknown_or_delisted_symbol"));

        assertThatThrownBy(() -> TestSources.yahoo(server, clockAt("2025-02-20T00:00:00Z"))
                        .fetch(daily("NOPE", "2020-01-01", "2020-01-31")))
                .isInstanceOfSatisfying(
                        SymbolNotFoundException.class,
                        e -> assertThat(e.symbol()).isEqualTo(AssetId.of("NOPE")))
                .hasMessage("yahoo: unknown symbol 'NOPE' (No data found, symbol may be delisted)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void shouldReportARangeBeforeTheListingAsNoData() {
        server.on(AAPL_CHART, Reply.yahooError("chart_range_before_listing"));
        BarRequest request = daily("AAPL", "1970-01-01", "1970-01-31");

        assertThatThrownBy(() -> TestSources.yahoo(server, clockAt("2025-02-20T00:00:00Z"))
                        .fetch(request))
                .isInstanceOfSatisfying(
                        NoDataInRangeException.class, e -> assertThat(e.range()).isEqualTo(request.range()))
                .hasMessageContaining("no data for AAPL in [1970-01-01, 1970-02-01)")
                .hasMessageContaining("Data doesn't exist for startDate");
    }

    @Test
    void shouldRefuseAnAnswerCutShortInsideTheJson() {
        String chart = Recordings.yahoo(AAPL_EVENTS);
        server.on(AAPL_CHART, Reply.json(200, chart.substring(0, chart.length() / 2)));

        assertThatThrownBy(() -> TestSources.yahoo(server, clockAt("2025-02-20T11:47:42Z"))
                        .fetch(daily("AAPL", "2020-08-31", "2020-11-06")))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not complete JSON");
    }

    @Test
    void shouldRefuseColumnsOfDifferentLengthsAndSayWhere() {
        server.on(AAPL_CHART, Reply.json(200, ChartVariants.withShortColumn(Recordings.yahoo(AAPL_EVENTS), "low")));

        assertThatThrownBy(() -> TestSources.yahoo(server, clockAt("2025-02-20T11:47:42Z"))
                        .fetch(daily("AAPL", "2020-08-31", "2020-11-06")))
                .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
                    assertThat(e.where()).isEqualTo("chart.result[0].indicators.quote[0].low");
                    assertThat(e.what()).isEqualTo("has 48 values for 49 timestamps");
                });
    }

    @Test
    void shouldRetryAnAnswerWhoseBodyIsCutShortOnTheWire() {
        server.on(
                AAPL_CHART,
                Reply.cutShort(Recordings.yahoo(AAPL_EVENTS)),
                Reply.yahoo(AAPL_EVENTS),
                Reply.yahoo("synthetic_no_splits_AAPL.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-20T11:47:42Z"))
                .fetch(daily("AAPL", "2020-08-31", "2020-11-06"));

        assertThat(result.batch().bars().size()).isEqualTo(49);
    }

    @Test
    void shouldRenewTheCrumbAndRetryOnceWhenTheChartAnswers401() {
        server.on("/", Reply.text(404, "").withHeader("Set-Cookie", "A3=d=session; Path=/"))
                .on("/v1/test/getcrumb", Reply.text(200, "qyHTJ5cFcOw"))
                .on(
                        AAPL_CHART,
                        Reply.yahooError("invalid_cookie"),
                        Reply.yahoo("chart_AAPL_2020-01-01_2020-01-03.json"),
                        Reply.yahoo("synthetic_splits_AAPL_after_2020-01-02.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-20T11:47:40Z"))
                .fetch(daily("AAPL", "2020-01-01", "2020-01-02"));

        assertThat(result.batch().bars().size()).isOne();
        assertThat(server.requests(AAPL_CHART).get(0).param("crumb")).isNull();
        assertThat(server.requests(AAPL_CHART).get(1).param("crumb")).isEqualTo("qyHTJ5cFcOw");
        assertThat(server.requests(AAPL_CHART).get(1).header("Cookie")).contains("A3=d=session");
    }

    @Test
    void shouldGiveNoBarsForAnAnswerWithoutTimestamps() {
        server.on(AAPL_CHART, Reply.yahoo("synthetic_no_splits_AAPL.json"));

        FetchResult result = TestSources.yahoo(server, clockAt("2025-02-20T11:47:42Z"))
                .fetch(daily("AAPL", "2020-01-04", "2020-01-05"));

        assertThat(result.batch().bars().isEmpty()).isTrue();
        assertThat(result.batch().asset().name()).isEqualTo("Apple Inc.");
    }

    @Test
    void shouldTimeIntradayBarsByTheirTimestamp() {
        String hourly = Recordings.yahoo("chart_AAPL_2020-01-01_2020-01-03.json")
                .replace("\"timestamp\": [\n          1577975400\n        ]", "\"timestamp\": [1577975400]");
        server.on(AAPL_CHART, Reply.json(200, hourly));
        BarRequest request = new BarRequest(
                AssetId.of("AAPL"),
                Interval.ONE_HOUR,
                DateRange.closed(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2)));

        FetchResult result =
                TestSources.yahoo(server, clockAt("2020-01-02T20:00:00Z")).fetch(request);

        assertThat(result.batch().bars().times()).containsExactly(1577975400L);
        assertThat(result.batch().interval()).isEqualTo(Interval.ONE_HOUR);
        assertThat(server.requests(AAPL_CHART).get(0).param("interval")).isEqualTo("1h");
    }
}
