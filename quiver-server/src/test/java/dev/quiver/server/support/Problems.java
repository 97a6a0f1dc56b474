package dev.quiver.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Checks that a response is an RFC 9457 problem of the expected type and status. */
public final class Problems {

    private Problems() {}

    /**
     * Asserts the problem+json shape (type, title, status, detail, instance; no stack trace) and returns
     * the document.
     */
    public static JsonNode assertProblem(HttpResponse<byte[]> response, int status, String slug) {
        String body = TestServer.text(response);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(TestServer.contentType(response)).startsWith("application/problem+json");
        JsonNode problem = TestServer.json(response);
        assertThat(problem.path("type").asText()).isEqualTo("/docs#problem-" + slug);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).isEqualTo(response.uri().getRawPath());
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
        return problem;
    }
}
