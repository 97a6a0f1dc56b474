package dev.quiver.server.metrics;

import dev.quiver.core.engine.push.EngineStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The meters of one server, in its own registry (nothing global):
 *
 * <ul>
 *   <li>{@code http_server_requests_seconds} by method, route template (or {@code unmatched}) and status;
 *   <li>{@code quiver_pull_computations_total} and {@code quiver_pull_seconds} by outcome;
 *   <li>{@code quiver_store_reads_seconds} by operation;
 *   <li>{@code quiver_cache_lookups_total} by result, hit or miss;
 *   <li>the live side: inputs posted, updates written to and dropped for stream clients, the stream
 *       clients open and stalled, and the push engine's counts.
 * </ul>
 *
 * Thread-safe.
 */
public final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter cacheHits = cacheCounter("hit");
    private final Counter cacheMisses = cacheCounter("miss");
    private final Counter liveInputs = Counter.builder("quiver.live.inputs")
            .description("Ticks and bars posted to the push engine")
            .register(registry);
    private final Counter subscriptionDrops = Counter.builder("quiver.subscription.drops")
            .description("Stream updates replaced by a newer value before a slow client took them")
            .register(registry);
    private final Map<RequestKind, Timer> requests = new ConcurrentHashMap<>();
    private final Counter streamUpdates = Counter.builder("quiver.stream.updates")
            .description("Updates written to stream clients")
            .register(registry);

    /** Records one HTTP request. */
    public void request(String method, String route, int status, long nanos) {
        requests.computeIfAbsent(new RequestKind(method, route, status), this::requestTimer)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The labels of a request's timer; its timer is built once, not on every request. */
    private record RequestKind(String method, String route, int status) {}

    private Timer requestTimer(RequestKind kind) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests by route template and status")
                .tag("method", kind.method())
                .tag("route", kind.route())
                .tag("status", Integer.toString(kind.status()))
                .register(registry);
    }

    /** Records one pull computation of a subject's expressions. */
    public void pull(boolean succeeded, long nanos) {
        String outcome = succeeded ? "ok" : "failed";
        Counter.builder("quiver.pull.computations")
                .description("Pull computations, one per subject and request")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("quiver.pull")
                .description("Time to compute one subject's expressions")
                .tag("outcome", outcome)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Times a read of the store. */
    public <T> T storeRead(String operation, Supplier<T> read) {
        return Timer.builder("quiver.store.reads")
                .description("Reads of the bar store by operation")
                .tag("operation", operation)
                .register(registry)
                .record(read);
    }

    /** Counts one lookup of the column cache. */
    public void cacheLookup(boolean hit) {
        (hit ? cacheHits : cacheMisses).increment();
    }

    /** Counts live inputs (ticks or bars) given to the push engine through the API. */
    public void liveInputs(int count) {
        liveInputs.increment(count);
    }

    /** Counts updates a stream client never received because a newer value replaced them. */
    public void subscriptionDrop() {
        subscriptionDrops.increment();
    }

    /** Counts updates written to stream clients. */
    public void streamUpdate() {
        streamUpdates.increment();
    }

    /**
     * Registers gauges of the stream clients: {@code quiver_stream_clients} (open now) and {@code
     * quiver_stream_clients_stalled} (whose writer has waited on one write for over a second).
     */
    public void streamClients(IntSupplier open, IntSupplier stalled) {
        Gauge.builder("quiver.stream.clients", open::getAsInt)
                .description("Stream clients (SSE and WebSocket) open now")
                .register(registry);
        Gauge.builder("quiver.stream.clients.stalled", stalled::getAsInt)
                .description("Stream clients whose writer has waited on one write for over a second")
                .register(registry);
    }

    /** Registers gauges of the push engine's counts. */
    public void pushEngine(Supplier<EngineStats> stats) {
        FunctionCounter.builder("quiver.engine.ticks", stats, s -> s.get().ticks())
                .description("Ticks the push engine processed")
                .register(registry);
        FunctionCounter.builder(
                        "quiver.engine.node.evaluations", stats, s -> s.get().nodeEvaluations())
                .description("Analytic node evaluations of the push engine")
                .register(registry);
    }

    /** Every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    private Counter cacheCounter(String result) {
        return Counter.builder("quiver.cache.lookups")
                .description("Lookups of computed node columns in the cache")
                .tag("result", result)
                .register(registry);
    }
}
