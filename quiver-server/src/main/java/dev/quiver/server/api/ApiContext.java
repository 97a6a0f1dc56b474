package dev.quiver.server.api;

import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.server.download.DownloadJobs;
import dev.quiver.server.frame.ArrowFrameEncoder;
import dev.quiver.server.metrics.ServerMetrics;
import dev.quiver.store.BarStore;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the API's controllers work with, built once by the server. Immutable; every part is
 * thread-safe.
 *
 * @param store the bar store (the server does not close it)
 * @param engine the pull engine over the store's split-adjusted bars
 * @param compute the bounded executor that runs the assets of a query in parallel
 * @param metrics the server's meters
 * @param limits what one request may ask
 * @param clock gives today's date (open-ended ranges) and the time reported by {@code /health}
 * @param arrow the Arrow encoder, owned and closed by the server
 * @param push the push engine over the store's split-adjusted bars, owned and closed by the server
 * @param downloads the download jobs, owned and closed by the server
 */
public record ApiContext(
        BarStore store,
        PullEngine engine,
        Executor compute,
        ServerMetrics metrics,
        Limits limits,
        Clock clock,
        ArrowFrameEncoder arrow,
        PushEngine push,
        DownloadJobs downloads) {

    /** Requires every part. */
    public ApiContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(arrow, "arrow");
        Objects.requireNonNull(push, "push");
        Objects.requireNonNull(downloads, "downloads");
    }
}
