package dev.quiver.marketdata.alphavantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.RateLimitedException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.support.ManualClock;
import dev.quiver.marketdata.support.Recordings;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.StubServer;
import dev.quiver.marketdata.support.TestSources;
import dev.quiver.store.BarImport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Alpha Vantage adapter against answers written from the documentation of {@code
 * TIME_SERIES_DAILY_ADJUSTED} and of its error messages: https://www.alphavantage.co/documentation/#dailyadj
 * (see src/test/resources/alphavantage/README.md).
 */
class AlphaVantageSourceTest {

    private static final String QUERY = "/query";
    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final BarRequest AUGUST =
            BarRequest.daily(AAPL, DateRange.closed(LocalDate.of(2020, 8, 6), LocalDate.of(2020, 9, 1)));

    private final StubServer server = StubServer.start();
    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-20T12:00:00Z"));

    @AfterEach
    void stop() {
        server.close();
    }

    private AlphaVantageSource source() {
        return TestSources.alphaVantage(server, clock, "DEMOKEY");
    }

    @Test
    void shouldReadPricesAsTradedWithTheSplitAndTheDividendOfTheRange() {
        server.on(QUERY, Reply.json(200, Recordings.resource("/alphavantage/daily_adjusted_AAPL_2020-08.json")));

        BarImport batch = source().fetch(AUGUST).batch();

        BarSeries bars = batch.bars();
        ZoneId eastern = ZoneId.of("US/Eastern");
        assertThat(bars.times())
                .containsExactly(
                        LocalDate.of(2020, 8, 6).atStartOfDay(eastern).toEpochSecond(),
                        LocalDate.of(2020, 8, 7).atStartOfDay(eastern).toEpochSecond(),
                        LocalDate.of(2020, 8, 28).atStartOfDay(eastern).toEpochSecond(),
                        LocalDate.of(2020, 8, 31).atStartOfDay(eastern).toEpochSecond(),
                        LocalDate.of(2020, 9, 1).atStartOfDay(eastern).toEpochSecond());
        assertThat(bars.column(PriceField.CLOSE)).containsExactly(455.61, 444.45, 499.23, 129.04, 134.18);
        assertThat(bars.value(PriceField.VOLUME, 3)).isEqualTo(225702700);
        assertThat(batch.providerAdjustedClose()).containsExactly(111.465, 108.9303, 122.3553, 126.5044, 131.5432);
        assertThat(batch.actions())
                .containsExactlyInAnyOrder(
                        new CashDividend(LocalDate.of(2020, 8, 7), 0.82, ActionOrigin.PROVIDED),
                        new Split(LocalDate.of(2020, 8, 31), 4, ActionOrigin.PROVIDED));
        assertThat(batch.asset().zone()).isEqualTo(eastern);
        assertThat(batch.source()).isEqualTo("alphavantage");
        assertThat(server.requests(QUERY).get(0).params())
                .containsEntry("function", "TIME_SERIES_DAILY_ADJUSTED")
                .containsEntry("symbol", "AAPL")
                .containsEntry("outputsize", "full")
                .containsEntry("apikey", "DEMOKEY");
    }

    @Test
    void shouldAskForTheCompactSeriesWhenTheRangeIsRecent() {
        server.on(QUERY, Reply.json(200, Recordings.resource("/alphavantage/daily_adjusted_AAPL_2020-08.json")));
        ManualClock september = new ManualClock(Instant.parse("2020-09-02T12:00:00Z"));

        TestSources.alphaVantage(server, september, "DEMOKEY").fetch(AUGUST);

        assertThat(server.requests(QUERY).get(0).param("outputsize")).isEqualTo("compact");
    }

    @Test
    void shouldReportAnInvalidCallForTheSymbolAsUnknown() {
        server.on(
                QUERY,
                Reply.json(
                        200,
                        "{\"Error Message\": \"Invalid API call. Please retry or visit the documentation for"
                                + " TIME_SERIES_DAILY_ADJUSTED.\"}"));

        assertThatThrownBy(() -> source().fetch(AUGUST))
                .isInstanceOf(SymbolNotFoundException.class)
                .hasMessageStartingWith("alphavantage: unknown symbol 'AAPL' (Invalid API call.");
    }

    @Test
    void shouldReportAnInvalidKeyAsUnauthorized() {
        server.on(
                QUERY,
                Reply.json(
                        200,
                        "{\"Error Message\": \"the parameter apikey is invalid or missing. Please claim your free API"
                                + " key on (https://example.invalid/support/#api-key). It should take less than 20"
                                + " seconds.\"}"));

        assertThatThrownBy(() -> source().fetch(AUGUST)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void shouldReportTheMinuteNoteAsRateLimited() {
        server.on(
                QUERY,
                Reply.json(
                        200,
                        "{\"Note\": \"Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per"
                                + " minute and 500 calls per day.\"}"));

        assertThatThrownBy(() -> source().fetch(AUGUST))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(1)));
    }

    @Test
    void shouldReportTheDailyLimitAsRateLimited() {
        server.on(
                QUERY,
                Reply.json(
                        200,
                        "{\"Information\": \"Thank you for using Alpha Vantage! Our standard API rate limit is 25"
                                + " requests per day. Please subscribe to any of the premium plans to instantly"
                                + " remove all daily rate limits.\"}"));

        assertThatThrownBy(() -> source().fetch(AUGUST))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEmpty())
                .hasMessageContaining("25 requests per day");
    }

    @Test
    void shouldReportAPremiumEndpointAsUnauthorized() {
        server.on(
                QUERY,
                Reply.json(
                        200,
                        "{\"Information\": \"Thank you for using Alpha Vantage! This is a premium endpoint. You may"
                                + " subscribe to any of the premium plans to instantly unlock all premium"
                                + " endpoints\"}"));

        assertThatThrownBy(() -> source().fetch(AUGUST))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("premium endpoint");
    }

    @Test
    void shouldSayHowToSetAKeyAndAskNothingWithoutOne() {
        assertThatThrownBy(() -> TestSources.alphaVantage(server, clock, "").fetch(AUGUST))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("QUIVER_ALPHAVANTAGE_KEY");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldKeepToFiveRequestsAMinuteByDefault() {
        server.on(QUERY, Reply.json(200, Recordings.resource("/alphavantage/daily_adjusted_AAPL_2020-08.json")));
        AlphaVantageSource source = source();

        for (int i = 0; i < 6; i++) {
            source.fetch(AUGUST);
        }

        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void shouldHideTheKeyWhenReportingAnError() {
        server.on(QUERY, Reply.text(500, "internal error"));

        assertThatThrownBy(() -> source().fetch(AUGUST))
                .isInstanceOf(ProviderErrorException.class)
                .hasMessageContaining("apikey=***")
                .hasMessageNotContaining("DEMOKEY");
    }

    @Test
    void shouldRefuseIntradayRequests() {
        BarRequest hourly = new BarRequest(AAPL, Interval.ONE_HOUR, AUGUST.range());

        assertThatThrownBy(() -> source().fetch(hourly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daily bars only");
    }
}
