package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.StubServer;
import dev.quiver.server.support.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Download jobs against a stub server on a loopback port that replays recorded Yahoo answers. */
class DownloadRoutesTest {

    private static final String NVDA_CHART = "/v8/finance/chart/NVDA";

    private static StubServer yahoo;
    private static TestServer server;

    @BeforeAll
    static void start() {
        yahoo = StubServer.start()
                .on(
                        NVDA_CHART,
                        Reply.yahoo("chart_NVDA_2021-02-01_2022-01-31_events-split.json"),
                        Reply.yahoo("synthetic_splits_NVDA_after_2022-01-31.json"))
                .on("/v8/finance/chart/NOPE", Reply.yahooError("chart_unknown_or_delisted_symbol"));
        server = TestServer.start(config ->
                config.marketData(Configuration.of(Map.of("yahoo.url", yahoo.baseUrl()), Map.of(), Map.of())));
    }

    @AfterAll
    static void stop() {
        server.close();
        yahoo.close();
    }

    @Test
    void shouldRunAJobToItsEndWithEachSymbolsOutcome() throws InterruptedException {
        HttpResponse<byte[]> started = server.postJson(
                "/api/downloads",
                "{\"symbols\": [\"NVDA\", \"NOPE\"], \"from\": \"2021-02-01\", \"to\": \"2022-01-30\"}");

        assertThat(started.statusCode()).as(TestServer.text(started)).isEqualTo(202);
        JsonNode job = TestServer.json(started);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/downloads/" + job.path("id").asText());
        assertThat(job.path("state").asText()).isIn("queued", "running", "done");
        assertThat(job.path("total").asInt()).isEqualTo(2);
        assertThat(job.path("source").asText()).isEqualTo("yahoo");
        assertThat(job.path("from").asText()).isEqualTo("2021-02-01");
        assertThat(job.path("to").asText()).isEqualTo("2022-01-30");
        assertThat(job.path("items").findValuesAsText("symbol")).containsExactly("NVDA", "NOPE");

        List<Integer> progress = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!List.of("done", "failed", "cancelled")
                .contains(job.path("state").asText())) {
            assertThat(System.nanoTime())
                    .as("the job ends within 30 s: %s", job)
                    .isLessThan(deadline);
            Thread.sleep(50);
            job = TestServer.json(server.get(location));
            progress.add(job.path("completed").asInt());
        }

        assertThat(progress).isSorted();
        assertThat(job.path("state").asText()).isEqualTo("done");
        assertThat(job.path("completed").asInt()).isEqualTo(2);
        assertThat(job.path("failed").asInt()).isEqualTo(1);
        assertThat(job.path("finished").asText()).isNotEmpty();
        JsonNode nvda = job.path("items").get(0);
        assertThat(nvda.path("state").asText()).isEqualTo("done");
        assertThat(nvda.path("bars").asInt()).isEqualTo(252);
        assertThat(nvda.path("actions").asInt()).isEqualTo(2);
        assertThat(nvda.path("error").isNull()).isTrue();
        assertThat(nvda.has("problem")).isFalse();
        JsonNode nope = job.path("items").get(1);
        assertThat(nope.path("state").asText()).isEqualTo("failed");
        assertThat(nope.path("bars").isNull()).isTrue();
        assertThat(nope.path("error").asText()).contains("NOPE");
        assertThat(nope.path("problem").path("type").asText()).isEqualTo("/docs#problem-unknown-symbol");
        assertThat(nope.path("problem").path("status").asInt()).isEqualTo(404);
        assertThat(nope.path("problem").path("source").asText()).isEqualTo("yahoo");
        assertThat(nope.path("problem").path("detail").asText())
                .isEqualTo(nope.path("error").asText());
        assertThat(server.store().findAsset(AssetId.of("NVDA"))).isPresent();
        assertThat(server.store().findAsset(AssetId.of("NOPE"))).isEmpty();
        assertThat(TestServer.json(server.get("/api/assets/NVDA")).path("bars").asInt())
                .isEqualTo(252);
    }

    @Test
    void shouldAnswerAnUnknownJobWithANotFoundProblem() {
        JsonNode problem = assertProblem(server.get("/api/downloads/123456"), 404, "unknown-download");

        assertThat(problem.path("detail").asText()).contains("123456");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/downloads/123456");
    }

    @Test
    void shouldRefuseABadBodyWithAProblemThatSaysWhere() {
        assertProblem(server.postJson("/api/downloads", "{\"symbols\": []}"), 400, "bad-body");
        assertProblem(server.postJson("/api/downloads", "{}"), 400, "bad-body");
        assertProblem(server.postJson("/api/downloads", "[\"SPY\"]"), 400, "bad-body");
        assertProblem(server.postJson("/api/downloads", "{\"symbols\": \"SPY\"}"), 400, "bad-body");
        assertProblem(server.postJson("/api/downloads", "{\"symbols\": [\"SPY\"], \"since\": 1}"), 400, "bad-body");
        JsonNode symbol = assertProblem(
                server.postJson("/api/downloads", "{\"symbols\": [\"SPY\", \"bad symbol!\"]}"), 400, "bad-body");
        assertThat(symbol.path("detail").asText()).startsWith("/symbols/1: ");
        JsonNode date = assertProblem(
                server.postJson("/api/downloads", "{\"symbols\": [\"SPY\"], \"from\": \"yesterday\"}"),
                400,
                "bad-parameter");
        assertThat(date.path("parameter").asText()).isEqualTo("from");
        JsonNode order = assertProblem(
                server.postJson(
                        "/api/downloads", "{\"symbols\": [\"SPY\"], \"from\": \"2021-02-01\", \"to\": \"2021-01-01\"}"),
                400,
                "bad-parameter");
        assertThat(order.path("detail").asText()).contains("after");
        JsonNode source = assertProblem(
                server.postJson("/api/downloads", "{\"symbols\": [\"SPY\"], \"source\": \"bloomberg\"}"),
                400,
                "bad-parameter");
        assertThat(source.path("parameter").asText()).isEqualTo("source");
        StringBuilder many = new StringBuilder("{\"symbols\": [\"S0\"");
        for (int i = 1; i <= Limits.DEFAULT.maxQueryAssets(); i++) {
            many.append(", \"S").append(i).append('"');
        }
        JsonNode limit = assertProblem(server.postJson("/api/downloads", many + "]}"), 400, "limit-exceeded");
        assertThat(limit.path("limit").asInt()).isEqualTo(Limits.DEFAULT.maxQueryAssets());
        assertThat(yahoo.requests()).noneMatch(r -> r.path().contains("SPY"));
    }
}
