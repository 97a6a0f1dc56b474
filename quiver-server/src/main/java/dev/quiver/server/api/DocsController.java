package dev.quiver.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /openapi.json} (the hand-written OpenAPI 3.1 document, converted from YAML once at start)
 * and {@code /docs} (a self-contained page that renders it; nothing is fetched from elsewhere).
 * Immutable.
 */
final class DocsController implements RouteGroup {

    /** The classpath resource of the document. */
    static final String OPENAPI = "/openapi.yaml";

    private static final String PAGE = "/dev/quiver/server/docs.html";

    private final byte[] openApiJson;
    private final byte[] page;

    DocsController(ObjectMapper json) {
        try {
            JsonNode document = new YAMLMapper().readTree(read(OPENAPI));
            this.openApiJson = json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + OPENAPI, e);
        }
        this.page = read(PAGE);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/openapi.json", this::openApi);
        routes.get("/docs", this::docs);
    }

    /** The OpenAPI document as JSON. */
    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApiJson);
    }

    /** The browsable documentation page. */
    void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocsController.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
