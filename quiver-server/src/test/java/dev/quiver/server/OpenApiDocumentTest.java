package dev.quiver.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.quiver.server.http.RegisteredRoute;
import dev.quiver.server.support.TestServer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

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
    void shouldParseAsOpenApi31WithoutMessages() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void shouldDocumentExactlyTheRoutesJavalinRegistered() throws IOException {
        Set<String> registered = new TreeSet<>();
        for (RegisteredRoute route : server.server().routes()) {
            registered.add(route.method() + " " + route.path());
        }
        Set<String> documented = new TreeSet<>();
        JsonNode paths = new YAMLMapper().readTree(yaml()).path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }

        assertThat(registered).hasSizeGreaterThanOrEqualTo(12);
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void shouldServeTheDocumentAsJson() throws IOException {
        HttpResponse<byte[]> response = server.get("/openapi.json");

        assertThat(TestServer.contentType(response)).startsWith("application/json");
        assertThat(TestServer.json(response)).isEqualTo(new YAMLMapper().readTree(yaml()));
    }

    @Test
    void shouldServeASelfContainedDocsPage() {
        HttpResponse<byte[]> response = server.get("/docs");
        String page = TestServer.text(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.contentType(response)).startsWith("text/html");
        assertThat(page).contains("fetch(\"/openapi.json\"").contains("id=\"problem-bad-expression\"");
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(page).doesNotContainPattern("@import|url\\(");
    }

    private static String yaml() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
