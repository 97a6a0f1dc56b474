package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.server.support.TestServer;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class ErrorRoutesTest {

    @Test
    void shouldAnswerUnknownRoutesAndMethodsWithProblems() {
        try (TestServer server = TestServer.start()) {
            JsonNode route = assertProblem(server.get("/api/nothing/here"), 404, "not-found");
            JsonNode method = assertProblem(
                    server.send(server.request("/api/assets").DELETE().build()), 405, "method-not-allowed");

            assertThat(route.path("detail").asText()).contains("GET /api/nothing/here");
            assertThat(method.path("detail").asText()).contains("DELETE");
        }
    }

    @Test
    void shouldAnswer500WithoutInternalsWhenTheStoreFails() {
        try (TestServer server = TestServer.start()) {
            server.store().close();

            JsonNode problem = assertProblem(server.get("/api/assets"), 500, "internal");
            JsonNode pull = assertProblem(server.get("/api/assets/SPY/analytics?expr=rsi(14)"), 500, "internal");

            assertThat(problem.path("detail").asText())
                    .doesNotContain("quiver.db")
                    .doesNotContain("closed");
            assertThat(pull.path("detail").asText())
                    .isEqualTo(problem.path("detail").asText());
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldNeverAnswer500ToMalformedInput() {
        try (TestServer server = TestServer.start()) {
            String[] paths = {
                "/api/assets/%5E%5E%5E/analytics?expr=rsi(14)",
                "/api/assets/SPY/analytics?expr=rsi(14)&to=yesterday",
                "/api/assets/SPY/analytics?expr=rsi(-1)",
                "/api/assets/SPY/analytics?expr=rsi(14)&expr=",
                "/api/assets/SPY/analytics?expr=%00",
                "/api/assets/SPY/analytics?expr=close@NOPE",
                "/api/assets/SPY/bars?from=0000-00-00",
                "/api/graph?symbol=SPY&expr=sma(close,%2020,%20matype=zz)",
            };
            for (String path : paths) {
                int status = server.get(path).statusCode();
                assertThat(status).as(path).isBetween(400, 499);
            }
            String[] bodies = {
                "[]", "null", "{\"symbols\": [null]}", "{\"symbols\": [\"SPY\"], \"expressions\": [1]}", "\"x\""
            };
            for (String body : bodies) {
                int status = server.send(server.request("/api/query")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build())
                        .statusCode();
                assertThat(status).as(body).isBetween(400, 499);
            }
        }
    }
}
