package dev.quiver.server;

import dev.quiver.server.http.Problem;
import dev.quiver.server.http.ProblemException;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built web UI (ui/dist, bundled into the jar under {@code /ui}): its files as static files, and
 * its page for each of the paths the UI routes itself ({@code /}, {@code /asset/AAPL}...), so that
 * deep links work. Without a bundled UI those paths answer a problem saying how to build it, and the
 * REST API works the same. Immutable.
 */
final class WebUi implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(WebUi.class);
    private static final String FOLDER = "/ui";

    /** The UI's own paths, as its router reads them. */
    static final List<String> PAGES =
            List.of("/", "/watchlist", "/asset/{symbol}", "/explorer", "/graph", "/downloads");

    private final byte[] index;

    private WebUi(byte[] index) {
        this.index = index;
    }

    /** The UI bundled in the jar, or a stand-in that says it is not built. */
    static WebUi bundled() {
        try (InputStream in = WebUi.class.getResourceAsStream(FOLDER + "/index.html")) {
            if (in == null) {
                LOG.warn("the web UI is not bundled: run scripts/build-ui, then rebuild the jar (./quiver does both)");
                return new WebUi(null);
            }
            return new WebUi(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled web UI", e);
        }
    }

    /** Serves the UI's files (scripts, styles, fonts) when there are any. */
    void installFiles(JavalinConfig javalin) {
        if (index != null) {
            javalin.staticFiles.add(FOLDER, Location.CLASSPATH);
        }
    }

    @Override
    public void addTo(RoutesConfig routes) {
        for (String page : PAGES) {
            routes.get(page, this::page);
        }
    }

    private void page(Context ctx) {
        if (index == null) {
            throw new ProblemException(Problem.of(
                    "ui-not-built",
                    "Web UI not built",
                    404,
                    "this server was built without its web UI; run scripts/build-ui, then rebuild (./quiver does both);"
                            + " the REST API is documented at /docs"));
        }
        ctx.contentType("text/html; charset=utf-8").result(index);
    }
}
