package dev.quiver.server.api;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.server.frame.FrameEncoder;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/assets/{symbol}/analytics}: expressions on one asset over a range, as a frame.
 * Computed on the request's thread. Thread-safe.
 */
final class PullController implements RouteGroup {

    private final Pulls pulls;
    private final DateRanges ranges;
    private final Limits limits;
    private final FrameResponder frames;

    PullController(Pulls pulls, DateRanges ranges, Limits limits, FrameResponder frames) {
        this.pulls = pulls;
        this.ranges = ranges;
        this.limits = limits;
        this.frames = frames;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/assets/{symbol}/analytics", this::pull);
    }

    /** One frame: a column per {@code expr}, a row per bar in the range. */
    void pull(Context ctx) {
        AssetId subject = Params.pathSymbol(ctx);
        List<String> expressions = Params.expressions("expr", ctx.queryParams("expr"), limits);
        PullRequest request = new PullRequest(
                subject,
                expressions,
                ranges.of(ctx.queryParam("from"), ctx.queryParam("to")),
                Params.alignment("align", ctx.queryParam("align")));
        FrameEncoder encoder = frames.negotiate(ctx);
        FrameResponder.send(ctx, encoder, Frames.of(pulls.evaluate(request)));
    }
}
