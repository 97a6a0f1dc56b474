package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.Interval;
import dev.quiver.server.frame.Frame;
import dev.quiver.server.support.FrameDecoders;
import dev.quiver.server.support.TestServer;
import dev.quiver.store.BarImport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msgpack.jackson.dataformat.MessagePackFactory;

class QueryRoutesTest {

    private static final String TWO_ASSETS =
            "{\"symbols\": [\"SPY\", \"AAPL\"], \"expressions\": [\"rsi(14)\", \"sma(20)\"],"
                    + " \"from\": \"2015-01-01\", \"to\": \"2015-12-31\"}";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(b -> b.limits(new Limits(400, 36_525, 3, 3)).computeThreads(2));
        storeAssetWithoutVolume();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** NOVOL: three days of prices from a source that gives no volume, so volume-based analytics fail. */
    private static void storeAssetWithoutVolume() {
        ZoneId zone = ZoneId.of("America/New_York");
        long[] times = new long[3];
        for (int i = 0; i < 3; i++) {
            times[i] = LocalDate.of(2015, 6, 1 + i).atStartOfDay(zone).toEpochSecond();
        }
        double[] price = {10, 11, 12};
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        Asset asset = Asset.of(AssetClass.INDEX, AssetId.of("NOVOL"), "No volume", "USD", "", zone);
        server.store()
                .importBars(BarImport.of(
                        asset,
                        Interval.ONE_DAY,
                        BarSeries.of(times, price, price, price, price, none),
                        List.of(),
                        "test"));
    }

    @Test
    void shouldReturnOneFrameForEachAssetEqualToItsPull() {
        HttpResponse<byte[]> response = server.postJson("/api/query", TWO_ASSETS);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = TestServer.json(response).path("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("symbol").asText()).isEqualTo("SPY");
        assertThat(results.get(1).path("symbol").asText()).isEqualTo("AAPL");
        for (JsonNode result : results) {
            assertThat(result.path("status").asInt()).isEqualTo(200);
            Frame pulled = FrameDecoders.fromJson(
                    server.get("/api/assets/" + result.path("symbol").asText()
                                    + "/analytics?expr=rsi(14)&expr=sma(20)&from=2015-01-01&to=2015-12-31")
                            .body());
            assertThat(FrameDecoders.fromTree(result.path("frame"))).isEqualTo(pulled);
        }
    }

    @Test
    void shouldReportAFailingAssetBesideTheOthers() {
        JsonNode results = TestServer.json(server.postJson(
                        "/api/query",
                        "{\"symbols\": [\"SPY\", \"NOPE\"], \"expressions\": [\"close\"], \"from\": \"2015-01-02\"}"))
                .path("results");

        assertThat(results.get(0).path("status").asInt()).isEqualTo(200);
        assertThat(results.get(1).path("status").asInt()).isEqualTo(404);
        assertThat(results.get(1).path("problem").path("type").asText()).isEqualTo("/docs#problem-unknown-asset");
        assertThat(results.get(1).has("frame")).isFalse();
    }

    @Test
    void shouldReportAFailingColumnBesideTheOthers() {
        HttpResponse<byte[]> response =
                server.postJson("/api/query", "{\"symbols\": [\"NOVOL\"], \"expressions\": [\"close\", \"obv()\"]}");
        JsonNode result = TestServer.json(response).path("results").get(0);

        assertThat(result.path("status").asInt()).isEqualTo(200);
        JsonNode frame = result.path("frame");
        assertThat(frame.path("columns").path("close").toString()).isEqualTo("[10.0,11.0,12.0]");
        assertThat(frame.path("columns").path("obv()").toString()).isEqualTo("[null,null,null]");
        assertThat(frame.path("failures").get(0).path("column").asText()).isEqualTo("obv()");
        assertThat(frame.path("failures").get(0).path("reason").asText()).contains("volume is not available");
    }

    @Test
    void shouldAnswerInMessagePackWhenAsked() throws IOException {
        HttpResponse<byte[]> response = server.postJson("/api/query", TWO_ASSETS, "Accept", "application/msgpack");

        assertThat(TestServer.contentType(response)).isEqualTo("application/msgpack");
        JsonNode tree = new ObjectMapper(new MessagePackFactory()).readTree(response.body());
        JsonNode json = TestServer.json(server.postJson("/api/query", TWO_ASSETS));
        assertThat(FrameDecoders.fromTree(tree.path("results").get(1).path("frame")))
                .isEqualTo(FrameDecoders.fromTree(json.path("results").get(1).path("frame")));
    }

    @Test
    void shouldFailTheWholeQueryForABadExpression() {
        JsonNode problem = assertProblem(
                server.postJson("/api/query", "{\"symbols\": [\"SPY\"], \"expressions\": [\"rsi(14\"]}"),
                400,
                "bad-expression");

        assertThat(problem.path("position").asInt()).isEqualTo(6);
    }

    @Test
    void shouldNameBadMembersOfTheBody() {
        JsonNode noSymbols =
                assertProblem(server.postJson("/api/query", "{\"expressions\": [\"close\"]}"), 400, "bad-parameter");
        JsonNode badSymbol = assertProblem(
                server.postJson("/api/query", "{\"symbols\": [\"SPY\", \"a b\"], \"expressions\": [\"close\"]}"),
                400,
                "bad-parameter");
        JsonNode twice = assertProblem(
                server.postJson("/api/query", "{\"symbols\": [\"SPY\", \"spy\"], \"expressions\": [\"close\"]}"),
                400,
                "bad-parameter");
        JsonNode wrongType = assertProblem(
                server.postJson("/api/query", "{\"symbols\": \"SPY\", \"expressions\": [\"close\"]}"), 400, "bad-body");
        JsonNode notJson = assertProblem(server.postJson("/api/query", "symbols=SPY"), 400, "bad-body");

        assertThat(noSymbols.path("parameter").asText()).isEqualTo("symbols");
        assertThat(badSymbol.path("parameter").asText()).isEqualTo("symbols/1");
        assertThat(twice.path("detail").asText()).contains("listed twice");
        assertThat(wrongType.path("detail").asText()).isEqualTo("expected an array at /symbols");
        assertThat(notJson.path("detail").asText()).startsWith("the body is not valid JSON");
    }

    @Test
    void shouldStateTheLimitsOnAssetsAndExpressions() {
        JsonNode assets = assertProblem(
                server.postJson(
                        "/api/query", "{\"symbols\": [\"A\", \"B\", \"C\", \"D\"], \"expressions\": [\"close\"]}"),
                400,
                "limit-exceeded");
        JsonNode expressions = assertProblem(
                server.postJson(
                        "/api/query",
                        "{\"symbols\": [\"SPY\"], \"expressions\": [\"open\", \"high\", \"low\", \"close\"]}"),
                400,
                "limit-exceeded");

        assertThat(assets.path("limit").asInt()).isEqualTo(3);
        assertThat(assets.path("parameter").asText()).isEqualTo("symbols");
        assertThat(expressions.path("limit").asInt()).isEqualTo(3);
    }

    @Test
    void shouldAnswer413StatingTheLimitForALargeBody() {
        String large = "{\"symbols\": [\"SPY\"], \"expressions\": [\"close\"], \"align\": \"" + "x".repeat(500) + "\"}";

        JsonNode problem = assertProblem(server.postJson("/api/query", large), 413, "body-too-large");

        assertThat(problem.path("limit").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).contains("400 bytes");
    }

    @Test
    void shouldAnswer413ForALargeBodyWithoutALength() {
        String large = "{\"symbols\": [\"SPY\"], \"expressions\": [\"close\"], \"align\": \"" + "x".repeat(500) + "\"}";
        var request = server.request("/api/query")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(large.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();

        HttpResponse<byte[]> response = server.send(request);
        assertProblem(response, 413, "body-too-large");
    }
}
