package dev.quiver.server;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.engine.pull.ColumnCache;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.push.PushConfig;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.series.Adjustment;
import dev.quiver.server.api.Api;
import dev.quiver.server.api.ApiContext;
import dev.quiver.server.download.DownloadJobs;
import dev.quiver.server.frame.ArrowFrameEncoder;
import dev.quiver.server.http.ApiKeyFilter;
import dev.quiver.server.http.BodyLimitFilter;
import dev.quiver.server.http.CorsFilter;
import dev.quiver.server.http.RegisteredRoute;
import dev.quiver.server.http.RouteGroup;
import dev.quiver.server.metrics.MeteredBarSource;
import dev.quiver.server.metrics.MeteredColumnCache;
import dev.quiver.server.metrics.ServerMetrics;
import dev.quiver.store.BarStore;
import dev.quiver.store.CaffeineColumnCache;
import dev.quiver.store.StoreBarSource;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.util.AsyncExecutor;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import kotlin.LazyKt;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Quiver server: Javalin over a bar store, with the pull engine on split-adjusted bars, a
 * bounded request thread pool, a bounded compute pool and the download jobs' bounded threads. Every request passes, in order, the CORS
 * filter, the API key filter (when a key is configured) and the body limit; every failure is written
 * as a problem by one mapping. Binding to a non-loopback interface without an API key logs a warning.
 *
 * <p>The server does not own the store: close the server, then the store. Thread-safe.
 */
public final class QuiverServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuiverServer.class);

    private final Javalin app;
    private final ExecutorService compute;
    private final ExecutorService async;
    private final ArrowFrameEncoder arrow;
    private final PushEngine push;
    private final DownloadJobs downloads;
    private final ServerConfig config;
    private final List<RegisteredRoute> routes;

    private QuiverServer(
            Javalin app,
            ExecutorService compute,
            ExecutorService async,
            ArrowFrameEncoder arrow,
            PushEngine push,
            DownloadJobs downloads,
            ServerConfig config,
            List<RegisteredRoute> routes) {
        this.app = app;
        this.compute = compute;
        this.async = async;
        this.arrow = arrow;
        this.push = push;
        this.downloads = downloads;
        this.config = config;
        this.routes = routes;
    }

    /**
     * Starts a server over {@code store} with the system clock.
     *
     * @see #start(ServerConfig, BarStore, Clock)
     */
    public static QuiverServer start(ServerConfig config, BarStore store) {
        return start(config, store, Clock.systemUTC());
    }

    /**
     * Starts a server and returns once it listens.
     *
     * @param clock gives today's date for open-ended ranges and the time of {@code /health}
     * @throws RuntimeException if the server cannot listen (the port is taken, the host unknown);
     *     nothing is left running then
     */
    public static QuiverServer start(ServerConfig config, BarStore store, Clock clock) {
        ServerMetrics metrics = new ServerMetrics();
        ExecutorService compute = Executors.newFixedThreadPool(config.computeThreads(), threads("quiver-compute-"));
        // Javalin's own pool for asynchronous requests (each SSE stream starts on it) is not daemon and
        // outlives the server by a minute; this one is the server's and stops with it.
        ExecutorService async = Executors.newCachedThreadPool(threads("quiver-async-"));
        ArrowFrameEncoder arrow = new ArrowFrameEncoder();
        PushEngine push = null;
        DownloadJobs downloads = new DownloadJobs(store, config.marketData(), clock);
        try {
            PullEngine engine = new PullEngine(
                    StandardCatalogue.get(),
                    new MeteredBarSource(new StoreBarSource(store, Adjustment.SPLIT), metrics),
                    compute,
                    new MeteredColumnCache(
                            config.cacheBytes() == 0
                                    ? ColumnCache.none()
                                    : new CaffeineColumnCache(config.cacheBytes()),
                            metrics));
            push = PushEngine.start(PushConfig.builder(
                            StandardCatalogue.get(),
                            new MeteredBarSource(new StoreBarSource(store, Adjustment.SPLIT), metrics))
                    .clock(clock)
                    .build());
            PushEngine live = push;
            metrics.pushEngine(live::stats);
            Api api = new Api(
                    new ApiContext(store, engine, compute, metrics, config.limits(), clock, arrow, push, downloads));
            List<RegisteredRoute> routes = new CopyOnWriteArrayList<>();
            Javalin app = Javalin.create(javalin -> {
                javalin.concurrency.executor = LazyKt.lazyOf(new AsyncExecutor(async));
                configure(javalin, config, api, metrics, routes);
            });
            if (config.isExposedWithoutKey()) {
                LOG.warn(
                        "listening on {} without an API key: anyone who can reach this interface can use the API;"
                                + " set --api-key or bind to 127.0.0.1",
                        config.host());
            }
            app.start(config.host(), config.port());
            return new QuiverServer(app, compute, async, arrow, push, downloads, config, List.copyOf(routes));
        } catch (RuntimeException e) {
            if (push != null) {
                push.close();
            }
            downloads.close();
            compute.shutdownNow();
            async.shutdownNow();
            arrow.close();
            throw e;
        }
    }

    private static void configure(
            JavalinConfig javalin, ServerConfig config, Api api, ServerMetrics metrics, List<RegisteredRoute> routes) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        QueuedThreadPool pool = new QueuedThreadPool(config.requestThreads(), 4, 60_000);
        pool.setName("quiver-http");
        javalin.jetty.threadPool = pool;
        javalin.http.maxRequestSize = config.limits().maxBodyBytes();
        javalin.http.prefer405over404 = true;
        javalin.jsonMapper(api.jsonMapper());
        WebUi ui = WebUi.bundled();
        ui.installFiles(javalin);
        javalin.events.handlerAdded(handler -> {
            if (handler.getHttpMethod().isHttpMethod()) {
                routes.add(new RegisteredRoute(handler.getHttpMethod().name(), handler.getPath()));
            }
        });
        javalin.requestLogger.http((ctx, millis) -> {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            metrics.request(
                    ctx.method().name(), endpoint == null ? "unmatched" : endpoint.path, ctx.statusCode(), (long)
                            (millis * 1_000_000));
        });
        javalin.routes.before(new CorsFilter(config.corsOrigins()));
        if (config.requiresApiKey()) {
            javalin.routes.before(new ApiKeyFilter(config.apiKey(), Set.of("/health")));
        }
        javalin.routes.before(new BodyLimitFilter(config.limits().maxBodyBytes()));
        api.mapErrors(javalin.routes);
        for (RouteGroup group : api.routeGroups()) {
            group.addTo(javalin.routes);
        }
        ui.addTo(javalin.routes);
    }

    /** The port the server listens on (the one chosen when configured with 0). */
    public int port() {
        return app.port();
    }

    /** The base URI, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port());
    }

    /** The push engine behind the stream routes, for feeds inside the same process (replays). */
    public PushEngine push() {
        return push;
    }

    /** The configuration the server runs with. */
    public ServerConfig config() {
        return config;
    }

    /** Every HTTP route registered with Javalin, in registration order. */
    public List<RegisteredRoute> routes() {
        return routes;
    }

    /**
     * Stops listening, then cancels the download jobs, stops the push engine, the compute threads and
     * the threads of asynchronous requests, and frees Arrow's memory. Idempotent.
     */
    @Override
    public void close() {
        app.stop();
        downloads.close();
        push.close();
        compute.shutdownNow();
        async.shutdownNow();
        try {
            arrow.close();
        } catch (RuntimeException e) {
            LOG.warn("Arrow memory not released at shutdown: {}", e.getMessage());
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
