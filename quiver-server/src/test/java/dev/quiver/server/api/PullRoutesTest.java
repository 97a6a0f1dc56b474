package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.time.DateRange;
import dev.quiver.server.frame.Frame;
import dev.quiver.server.support.FrameDecoders;
import dev.quiver.server.support.TestServer;
import dev.quiver.store.StoreBarSource;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PullRoutesTest {

    private static final String RSI_2015 = "/api/assets/SPY/analytics?expr=rsi(14)&from=2015-01-01&to=2015-12-31";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(b -> b.limits(new Limits(1 << 20, 3660, 4, 3)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldReturnTheEnginesValuesForTheRange() {
        HttpResponse<byte[]> response = server.get(RSI_2015);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.contentType(response)).startsWith("application/json");
        PullResult expected = new PullEngine(
                        StandardCatalogue.get(), new StoreBarSource(server.store(), Adjustment.SPLIT), Runnable::run)
                .evaluate(new PullRequest(
                        AssetId.of("SPY"),
                        List.of("rsi(14)"),
                        DateRange.closed(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)),
                        Alignment.INTERSECT));
        JsonNode frame = TestServer.json(response);
        assertThat(frame.path("symbol").asText()).isEqualTo("SPY");
        assertThat(frame.path("timestamps")).hasSize(expected.rows()).hasSize(252);
        assertThat(frame.path("timestamps").get(0).asText()).isEqualTo("2015-01-02");
        assertThat(frame.path("timestamps").get(251).asText()).isEqualTo("2015-12-31");
        double[] values = expected.column("rsi(14)");
        for (int i = 0; i < values.length; i++) {
            assertThat(frame.path("columns").path("rsi(14)").get(i).asDouble()).isEqualTo(values[i]);
        }
        assertThat(frame.has("failures")).isFalse();
    }

    @Test
    void shouldGiveOneColumnPerExpressionAsWritten() {
        JsonNode frame = TestServer.json(
                server.get(
                        "/api/assets/AAPL/analytics?expr=sma(20)&expr=bbands(20,nbdevup=2).upper&expr=close&from=2016-01-04&to=2016-01-08"));

        assertThat(frame.path("columns").fieldNames())
                .toIterable()
                .containsExactly("sma(20)", "bbands(20,nbdevup=2).upper", "close");
        assertThat(frame.path("timestamps")).hasSize(5);
    }

    @Test
    void shouldWriteAbsentValuesBeforeTheLookbackAsNull() {
        JsonNode frame = TestServer.json(server.get("/api/assets/SPY/analytics?expr=sma(5)&to=2008-01-10"));

        JsonNode sma = frame.path("columns").path("sma(5)");
        assertThat(frame.path("timestamps").get(0).asText()).isEqualTo("2007-12-31");
        assertThat(sma.get(0).isNull()).isTrue();
        assertThat(sma.get(3).isNull()).isTrue();
        assertThat(sma.get(4).isNumber()).isTrue();
    }

    @Test
    void shouldEncodeTheSameFrameAsArrowAndMessagePack() {
        Frame json = FrameDecoders.fromJson(server.get(RSI_2015).body());
        HttpResponse<byte[]> arrow = server.get(RSI_2015, "Accept", "application/vnd.apache.arrow.stream");
        HttpResponse<byte[]> msgpack = server.get(RSI_2015, "Accept", "application/msgpack");

        assertThat(TestServer.contentType(arrow)).isEqualTo("application/vnd.apache.arrow.stream");
        assertThat(TestServer.contentType(msgpack)).isEqualTo("application/msgpack");
        assertThat(FrameDecoders.fromArrow(arrow.body())).isEqualTo(json);
        assertThat(FrameDecoders.fromMsgpack(msgpack.body())).isEqualTo(json);
    }

    @Test
    void shouldNameThePositionOfABadExpression() {
        JsonNode problem = assertProblem(server.get("/api/assets/SPY/analytics?expr=sma(20"), 400, "bad-expression");

        assertThat(problem.path("expression").asText()).isEqualTo("sma(20");
        assertThat(problem.path("position").asInt()).isEqualTo(6);
        assertThat(problem.path("detail").asText()).contains("position 6");
    }

    @Test
    void shouldRejectAnUnknownAnalyticAsABadExpression() {
        JsonNode problem = assertProblem(server.get("/api/assets/SPY/analytics?expr=nosuch(3)"), 400, "bad-expression");

        assertThat(problem.path("position").asInt()).isZero();
    }

    @Test
    void shouldAnswer404ForAnUnknownSymbol() {
        JsonNode problem = assertProblem(server.get("/api/assets/ZZZZ/analytics?expr=rsi(14)"), 404, "unknown-asset");

        assertThat(problem.path("symbol").asText()).isEqualTo("ZZZZ");
        assertThat(problem.path("detail").asText()).doesNotContain("quiver.db");
    }

    @Test
    void shouldAnswer404ForARangeWithoutBars() {
        assertProblem(
                server.get("/api/assets/SPY/analytics?expr=rsi(14)&from=2000-01-01&to=2000-12-31"), 404, "no-data");
    }

    @Test
    void shouldNameTheBadParameter() {
        JsonNode date = assertProblem(
                server.get("/api/assets/SPY/analytics?expr=rsi(14)&from=2015-13-01"), 400, "bad-parameter");
        JsonNode order = assertProblem(
                server.get("/api/assets/SPY/analytics?expr=rsi(14)&from=2016-01-01&to=2015-01-01"),
                400,
                "bad-parameter");
        JsonNode align = assertProblem(
                server.get("/api/assets/SPY/analytics?expr=rsi(14)&align=sideways"), 400, "bad-parameter");
        JsonNode missing = assertProblem(server.get("/api/assets/SPY/analytics"), 400, "bad-parameter");
        JsonNode symbol = assertProblem(server.get("/api/assets/S%20P/analytics?expr=rsi(14)"), 400, "bad-parameter");

        assertThat(date.path("parameter").asText()).isEqualTo("from");
        assertThat(date.path("detail").asText()).contains("YYYY-MM-DD").contains("2015-13-01");
        assertThat(order.path("parameter").asText()).isEqualTo("from");
        assertThat(align.path("parameter").asText()).isEqualTo("align");
        assertThat(missing.path("parameter").asText()).isEqualTo("expr");
        assertThat(symbol.path("parameter").asText()).isEqualTo("symbol");
    }

    @Test
    void shouldStateTheLimitWhenTheRangeIsTooLong() {
        JsonNode problem = assertProblem(
                server.get("/api/assets/SPY/analytics?expr=rsi(14)&from=2000-01-01&to=2015-01-01"),
                400,
                "limit-exceeded");

        assertThat(problem.path("limit").asInt()).isEqualTo(3660);
        assertThat(problem.path("detail").asText()).contains("limit of 3660 days");
    }

    @Test
    void shouldStartAnOpenRangeTheLongestSpanBeforeTodayByTheClock() {
        JsonNode frame = TestServer.json(server.get("/api/assets/SPY/analytics?expr=close"));

        // The clock reads 2018-03-01; 3660 days earlier is 2008-02-25.
        assertThat(frame.path("timestamps").get(0).asText()).isEqualTo("2008-02-25");
        assertThat(frame.path("timestamps")
                        .get(frame.path("timestamps").size() - 1)
                        .asText())
                .isEqualTo("2017-12-29");
    }

    @Test
    void shouldStateTheLimitOnExpressions() {
        JsonNode problem = assertProblem(
                server.get("/api/assets/SPY/analytics?expr=sma(2)&expr=sma(3)&expr=sma(4)&expr=sma(5)&expr=sma(6)"),
                400,
                "limit-exceeded");

        assertThat(problem.path("parameter").asText()).isEqualTo("expr");
        assertThat(problem.path("limit").asInt()).isEqualTo(4);
    }

    @Test
    void shouldRefuseAFormatItCannotWrite() {
        JsonNode problem = assertProblem(server.get(RSI_2015, "Accept", "text/csv"), 406, "not-acceptable");

        assertThat(problem.path("accepted").toString()).contains("application/vnd.apache.arrow.stream");
    }
}
