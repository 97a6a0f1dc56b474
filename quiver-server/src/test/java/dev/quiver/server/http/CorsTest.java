package dev.quiver.server.http;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.server.support.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorsTest {

    private static final String APP = "http://localhost:5173";

    @Test
    void shouldKeepCorsClosedByDefault() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<byte[]> get = server.get("/api/assets", "Origin", APP);

            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertProblem(preflight(server, APP), 403, "origin-not-allowed");
        }
    }

    @Test
    void shouldAllowConfiguredOriginsOnly() {
        try (TestServer server =
                TestServer.start(b -> b.corsOrigins(List.of(APP)).apiKey("k"))) {
            HttpResponse<byte[]> allowed = server.get("/api/assets", "Origin", APP, ApiKeyFilter.HEADER, "k");
            HttpResponse<byte[]> other =
                    server.get("/api/assets", "Origin", "http://evil.example", ApiKeyFilter.HEADER, "k");
            HttpResponse<byte[]> preflight = preflight(server, APP);
            HttpResponse<byte[]> refusedWithKey = server.get("/api/assets", "Origin", APP);

            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(APP);
            assertThat(allowed.headers().firstValue("Vary"))
                    .hasValueSatisfying(v -> assertThat(v).contains("Origin"));
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(APP);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                    .hasValueSatisfying(v -> assertThat(v).contains("X-API-Key"));
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                    .hasValueSatisfying(v -> assertThat(v).contains("POST"));
            assertProblem(preflight(server, "http://evil.example"), 403, "origin-not-allowed");
            assertThat(refusedWithKey.statusCode()).isEqualTo(401);
            assertThat(refusedWithKey.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(APP);
        }
    }

    @Test
    void shouldAllowEveryOriginWithTheWildcard() {
        try (TestServer server = TestServer.start(b -> b.corsOrigins(List.of("*")))) {
            HttpResponse<byte[]> get = server.get("/api/analytics", "Origin", "http://anywhere.example");

            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        }
    }

    private static HttpResponse<byte[]> preflight(TestServer server, String origin) {
        return server.send(server.request("/api/query")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, x-api-key")
                .build());
    }
}
