package dev.quiver.server.http;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.server.support.TestServer;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final String KEY = "k3y-for-tests";

    @Test
    void shouldRequireTheKeyOnEveryRouteButHealth() {
        try (TestServer server = TestServer.start(b -> b.apiKey(KEY))) {
            for (String path : server.server().routes().stream()
                    .filter(r -> r.method().equals("GET"))
                    .map(RegisteredRoute::path)
                    .map(p -> p.replace("{symbol}", "SPY").replace("{id}", "1"))
                    .toList()) {
                if (path.equals("/health")) {
                    assertThat(server.get(path).statusCode()).isEqualTo(200);
                } else {
                    assertProblem(server.get(path), 401, "unauthorized");
                }
            }
            assertProblem(server.postJson("/api/query", "{}"), 401, "unauthorized");
            assertProblem(server.putJson("/api/assets/NEW", "{}"), 401, "unauthorized");
            assertProblem(server.postJson("/api/downloads", "{}"), 401, "unauthorized");
        }
    }

    @Test
    void shouldServeWithTheRightKeyAndRefuseAWrongOne() {
        try (TestServer server = TestServer.start(b -> b.apiKey(KEY))) {
            String pull = "/api/assets/SPY/analytics?expr=rsi(14)&from=2017-12-01";

            assertThat(server.get(pull, ApiKeyFilter.HEADER, KEY).statusCode()).isEqualTo(200);
            assertThat(server.get("/metrics", "x-api-key", KEY).statusCode()).isEqualTo(200);
            var wrong = assertProblem(server.get(pull, ApiKeyFilter.HEADER, KEY + "x"), 401, "unauthorized");
            assertThat(wrong.path("detail").asText()).doesNotContain(KEY);
            assertProblem(server.get("/no/route", ApiKeyFilter.HEADER, "nope"), 401, "unauthorized");
        }
    }

    @Test
    void shouldServeEveryoneWithoutAConfiguredKey() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.get("/api/assets").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/assets", ApiKeyFilter.HEADER, "anything")
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
