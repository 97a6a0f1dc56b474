package dev.quiver.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.server.support.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OperationsRoutesTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldReportHealthWithTheClocksTime() {
        JsonNode health = TestServer.json(server.get("/health"));

        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("time").asText()).isEqualTo(TestServer.NOW.toString());
        assertThat(health.path("uptimeSeconds").asLong()).isZero();
    }

    @Test
    void shouldListTheCatalogue() {
        JsonNode catalogue = TestServer.json(server.get("/api/analytics"));

        JsonNode rsi = catalogue.findParents("name").stream()
                .filter(a -> a.path("name").asText().equals("rsi"))
                .findFirst()
                .orElseThrow();
        assertThat(rsi.path("family").asText()).isEqualTo("momentum");
        assertThat(rsi.path("lookback").asInt()).isEqualTo(14);
        assertThat(rsi.path("parameters").get(0).path("name").asText()).isEqualTo("timeperiod");
    }

    @Test
    void shouldCountRequestsPullsStoreReadsAndCacheLookups() {
        String pull = "/api/assets/MSFT/analytics?expr=ema(10)&from=2013-01-02&to=2013-12-31";
        assertThat(server.get(pull).statusCode()).isEqualTo(200);
        assertThat(server.get(pull).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/assets/MSFT/analytics?expr=ema(10&from=2013-01-02")
                        .statusCode())
                .isEqualTo(400);
        assertThat(server.get("/no/such/route").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> response = server.get("/metrics");
        String metrics = TestServer.text(response);

        assertThat(TestServer.contentType(response)).startsWith("text/plain");
        assertThat(metrics)
                .containsPattern(
                        "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/assets/\\{symbol\\}/analytics\",status=\"200\"} 2")
                .containsPattern(
                        "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/assets/\\{symbol\\}/analytics\",status=\"400\"} 1")
                .containsPattern(
                        "http_server_requests_seconds_count\\{method=\"GET\",route=\"unmatched\",status=\"404\"} 1")
                .containsPattern("quiver_pull_computations_total\\{outcome=\"ok\"} 2")
                .containsPattern("quiver_store_reads_seconds_count\\{operation=\"load\"} 2")
                .containsPattern("quiver_cache_lookups_total\\{result=\"hit\"} [1-9]")
                .containsPattern("quiver_cache_lookups_total\\{result=\"miss\"} [1-9]");
    }
}
