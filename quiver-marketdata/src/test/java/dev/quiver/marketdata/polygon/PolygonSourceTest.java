package dev.quiver.marketdata.polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.marketdata.BarRequest;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.support.ManualClock;
import dev.quiver.marketdata.support.RecordedRequest;
import dev.quiver.marketdata.support.Recordings;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.StubServer;
import dev.quiver.marketdata.support.TestSources;
import dev.quiver.store.BarImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Polygon adapter against answers written from its REST documentation (see
 * src/test/resources/polygon/README.md): custom bars https://polygon.io/docs/rest/stocks/aggregates/custom-bars,
 * splits https://polygon.io/docs/rest/stocks/corporate-actions/splits and dividends
 * https://polygon.io/docs/rest/stocks/corporate-actions/dividends.
 */
class PolygonSourceTest {

    private static final String AGGS = "/v2/aggs/ticker/AAPL/range/1/day/2020-08-27/2020-09-01";
    private static final String PAGE_2 = "/v2/aggs/ticker/AAPL/range/1/day/1598932800000/2020-09-01";
    private static final String SPLITS = "/v3/reference/splits";
    private static final String DIVIDENDS = "/v3/reference/dividends";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BarRequest REQUEST =
            BarRequest.daily(AssetId.of("AAPL"), DateRange.closed(LocalDate.of(2020, 8, 27), LocalDate.of(2020, 9, 1)));

    private final StubServer server = StubServer.start();
    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-20T12:00:00Z"));

    @AfterEach
    void stop() {
        server.close();
    }

    private void serveAapl() {
        server.on(AGGS, Reply.json(200, Recordings.resource("/polygon/aggs_AAPL_2020-08-27_2020-08-31.json")))
                .on(PAGE_2, Reply.json(200, Recordings.resource("/polygon/aggs_AAPL_page2.json")))
                .on(SPLITS, Reply.json(200, Recordings.resource("/polygon/splits_AAPL.json")))
                .on(DIVIDENDS, Reply.json(200, Recordings.resource("/polygon/dividends_AAPL.json")));
    }

    @Test
    void shouldReadBarsAsTradedOverEveryPageWithTheSplitsOfTheRange() {
        serveAapl();

        BarImport batch =
                TestSources.polygon(server, clock, "PKEY").fetch(REQUEST).batch();

        assertThat(batch.bars().times())
                .containsExactly(
                        LocalDate.of(2020, 8, 27).atStartOfDay(NEW_YORK).toEpochSecond(),
                        LocalDate.of(2020, 8, 28).atStartOfDay(NEW_YORK).toEpochSecond(),
                        LocalDate.of(2020, 8, 31).atStartOfDay(NEW_YORK).toEpochSecond(),
                        LocalDate.of(2020, 9, 1).atStartOfDay(NEW_YORK).toEpochSecond());
        assertThat(batch.bars().column(PriceField.CLOSE)).containsExactly(500.04, 499.23, 129.04, 134.18);
        assertThat(batch.bars().value(PriceField.VOLUME, 2)).isEqualTo(225702700);
        assertThat(batch.providerAdjustedClose()).isNull();
        assertThat(batch.actions())
                .containsExactly(
                        new Split(LocalDate.of(2020, 8, 31), 4, ActionOrigin.PROVIDED),
                        new CashDividend(LocalDate.of(2020, 8, 7), 0.82, ActionOrigin.PROVIDED));
        assertThat(server.requests(AGGS).get(0).params())
                .containsEntry("adjusted", "false")
                .containsEntry("sort", "asc");
        assertThat(server.requests(PAGE_2).get(0).param("cursor")).isEqualTo("bGltaXQ9MiZzb3J0PWFzYw");
        assertThat(server.requests(SPLITS).get(0).params())
                .containsEntry("ticker", "AAPL")
                .containsEntry("execution_date.gte", "2020-08-27")
                .containsEntry("execution_date.lte", "2020-09-01");
    }

    @Test
    void shouldSendTheKeyAsABearerTokenAndNeverInTheUrl() {
        serveAapl();

        TestSources.polygon(server, clock, "PKEY").fetch(REQUEST);

        assertThat(server.requests()).hasSize(4);
        for (RecordedRequest request : server.requests()) {
            assertThat(request.header("Authorization")).isEqualTo("Bearer PKEY");
            assertThat(request.query()).doesNotContain("PKEY");
        }
    }

    @Test
    void shouldReportAnUnknownKeyAsUnauthorized() {
        server.on(
                AGGS,
                Reply.json(
                        401,
                        "{\"status\":\"ERROR\",\"request_id\":\"a0e0bb1b1e6e4c43ab0e70b2c4d3c8f1\","
                                + "\"error\":\"Unknown API Key\"}"));

        assertThatThrownBy(() -> TestSources.polygon(server, clock, "WRONG").fetch(REQUEST))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage("polygon: not authorized: Unknown API Key (HTTP 401)");
    }

    @Test
    void shouldReportAPlanWithoutTheDataAsUnauthorized() {
        server.on(
                AGGS,
                Reply.json(
                        403,
                        "{\"status\":\"NOT_AUTHORIZED\",\"request_id\":\"5d2b0c8f8a5f4e1c9c1e0b7a6f3d2e1c\","
                                + "\"message\":\"Your plan doesn't include this data timeframe.\"}"));

        assertThatThrownBy(() -> TestSources.polygon(server, clock, "PKEY").fetch(REQUEST))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("Your plan doesn't include this data timeframe.");
    }

    @Test
    void shouldGiveNoBarsWhenTheAnswerHasNoResults() {
        server.on(
                        AGGS,
                        Reply.json(
                                200,
                                "{\"ticker\":\"AAPL\",\"queryCount\":0,\"resultsCount\":0,\"adjusted\":false,"
                                        + "\"status\":\"OK\",\"request_id\":\"b1\",\"count\":0}"))
                .on(SPLITS, Reply.json(200, "{\"results\":[],\"status\":\"OK\",\"request_id\":\"b2\"}"))
                .on(DIVIDENDS, Reply.json(200, "{\"status\":\"OK\",\"request_id\":\"b3\"}"));

        BarImport batch =
                TestSources.polygon(server, clock, "PKEY").fetch(REQUEST).batch();

        assertThat(batch.bars().isEmpty()).isTrue();
        assertThat(batch.actions()).isEmpty();
    }

    @Test
    void shouldSayHowToSetAKeyAndAskNothingWithoutOne() {
        assertThatThrownBy(() -> TestSources.polygon(server, clock, "").fetch(REQUEST))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("QUIVER_POLYGON_KEY");
        assertThat(server.requests()).isEmpty();
    }
}
