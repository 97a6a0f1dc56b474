package dev.quiver.server.api;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.server.http.NotFoundException;
import dev.quiver.server.http.RouteGroup;
import dev.quiver.server.metrics.ServerMetrics;
import dev.quiver.store.BarStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/assets/{symbol}/bars}: stored bars as a frame, raw or adjusted on read. Thread-safe. */
final class BarController implements RouteGroup {

    private final BarStore store;
    private final ServerMetrics metrics;
    private final DateRanges ranges;
    private final FrameResponder frames;

    BarController(BarStore store, ServerMetrics metrics, DateRanges ranges, FrameResponder frames) {
        this.store = store;
        this.metrics = metrics;
        this.ranges = ranges;
        this.frames = frames;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/assets/{symbol}/bars", this::bars);
    }

    /** The bars in the range: open, high, low, close and volume columns. */
    void bars(Context ctx) {
        var id = Params.pathSymbol(ctx);
        Interval interval = Params.interval(ctx);
        Adjustment adjustment = Params.adjustment(ctx, Adjustment.RAW);
        DateRange range = ranges.of(ctx.queryParam("from"), ctx.queryParam("to"));
        var encoder = frames.negotiate(ctx);
        Asset asset = metrics.storeRead("asset", () -> store.asset(id));
        BarSeries bars = metrics.storeRead("bars", () -> store.bars(id, interval, range, adjustment));
        if (bars.isEmpty()) {
            throw new NotFoundException(
                    "no-data", "No data", "no " + interval.code() + " bars for " + id + " in " + range);
        }
        FrameResponder.send(ctx, encoder, Frames.of(asset, interval, bars));
    }
}
