package dev.quiver.server.api;

import dev.quiver.server.http.RouteGroup;
import dev.quiver.server.metrics.ServerMetrics;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health} (open even when an API key is required) and {@code /metrics} (Prometheus text).
 * Thread-safe.
 */
final class OperationsController implements RouteGroup {

    /** The Prometheus text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ServerMetrics metrics;
    private final Clock clock;
    private final Instant started;

    OperationsController(ServerMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/metrics", this::metrics);
    }

    /** {@code {"status": "ok", "time": ..., "uptimeSeconds": ...}}. */
    void health(Context ctx) {
        Instant now = clock.instant();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("time", now.toString());
        health.put("uptimeSeconds", Duration.between(started, now).toSeconds());
        ctx.json(health);
    }

    /** Every meter in the Prometheus text format. */
    void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape());
    }
}
