package dev.quiver.server.api;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.graph.GraphDescription;
import dev.quiver.server.http.MediaTypes;
import dev.quiver.server.http.NotAcceptableException;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/graph}: the planned dependency graph of expressions on a symbol, as JSON or as
 * Graphviz DOT ({@code Accept: text/vnd.graphviz}). Needs no data. Thread-safe.
 */
final class GraphController implements RouteGroup {

    static final String DOT = "text/vnd.graphviz";
    private static final List<String> OFFERED = List.of("application/json", DOT);

    private final PullEngine engine;
    private final Limits limits;

    GraphController(PullEngine engine, Limits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/graph", this::graph);
    }

    /** Nodes in topological order, edges and requested columns. */
    void graph(Context ctx) {
        AssetId subject = Params.symbol("symbol", ctx.queryParam("symbol"));
        List<String> expressions = Params.expressions("expr", ctx.queryParams("expr"), limits);
        String accept = ctx.header("Accept");
        String mediaType =
                MediaTypes.choose(accept, OFFERED).orElseThrow(() -> new NotAcceptableException(accept, OFFERED));
        GraphDescription graph = GraphDescription.of(engine.plan(subject, expressions));
        ctx.header("Vary", "Accept");
        if (mediaType.equals(DOT)) {
            ctx.contentType(DOT + "; charset=utf-8").result(graph.toDot());
        } else {
            ctx.json(graph);
        }
    }
}
