package dev.quiver.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Cross-origin access for browsers, closed unless origins are listed. A request from a listed origin
 * gets {@code Access-Control-Allow-Origin}; its preflight is answered here with 204 and the methods
 * and headers the API uses. A preflight from any other origin is refused with a 403 problem; other
 * requests from it are served without CORS headers, so the browser withholds the response. {@code *}
 * lists every origin. Immutable and thread-safe.
 */
public final class CorsFilter implements Handler {

    private static final String ANY = "*";

    private final List<String> origins;

    /**
     * @param origins allowed origins as {@code scheme://host[:port]}, or {@code *}; empty closes CORS
     */
    public CorsFilter(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    /** Whether the request is a CORS preflight. */
    static boolean isPreflight(Context ctx) {
        return ctx.method() == HandlerType.OPTIONS
                && ctx.header("Origin") != null
                && ctx.header("Access-Control-Request-Method") != null;
    }

    @Override
    public void handle(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        boolean preflight = isPreflight(ctx);
        if (!origins.contains(ANY) && !origins.contains(origin)) {
            if (preflight) {
                throw new ProblemException(Problem.of(
                        "origin-not-allowed",
                        "Origin not allowed",
                        403,
                        "cross-origin requests from " + origin + " are not allowed by this server"));
            }
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origins.contains(ANY) ? ANY : origin);
        ctx.header("Vary", "Origin");
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type, " + ApiKeyFilter.HEADER);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }
}
