package dev.quiver.bench.server;

import dev.quiver.bench.report.HarnessOptions;
import dev.quiver.bench.report.HarnessResults;
import dev.quiver.bench.report.JmhResult;
import dev.quiver.bench.report.JmhResults;
import dev.quiver.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests per second and latency of the pull endpoint, {@code GET /api/assets/{symbol}/analytics},
 * under {@code wrk -t2 -c16} on loopback, with a real server in this process over a store of four
 * synthetic assets of ten years of daily bars (1990 to 1999). Every request asks for four columns,
 * {@value #EXPRESSIONS}, as JSON, over the last year ({@code span=1y}) or the whole ten years ({@code
 * span=10y}), the same request each time, on two servers:
 *
 * <ul>
 *   <li>{@code cache=warm}: the default server, whose cache holds the computed columns after the first
 *       request (a dashboard refreshing a chart); each request still reads the asset's bars up to its
 *       end from SQLite (every bar before {@code from} is warm-up) and encodes the frame;
 *   <li>{@code cache=off}: a server without a cache, so that every request also computes its four
 *       columns over every bar (what a request for a new range or expression costs).
 * </ul>
 *
 * Each server is loaded with each of its two requests for a warm-up first, then each is measured. The whole run takes about 65 s, {@code
 * --quick} about 13 s; wrk must be installed (Debian package {@code wrk}).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.quiver.bench.server.PullEndpointHarness --out FILE
 * [--quick]}. Writes per variant {@value #THROUGHPUT} in ops/s (requests per second) and {@value
 * #LATENCY} in us/op (wrk's mean, its percentiles 50, 75, 90 and 99, and the maximum as 100); prints
 * a summary on standard output with the cache's hit ratio during each variant.
 */
public final class PullEndpointHarness {

    /** The throughput results' benchmark name. */
    public static final String THROUGHPUT = "dev.quiver.bench.server.PullEndpointHarness.throughput";

    /** The latency results' benchmark name. */
    public static final String LATENCY = "dev.quiver.bench.server.PullEndpointHarness.latency";

    /** The expressions of every request. */
    static final String EXPRESSIONS = "sma(20), rsi(14), macd(12,26,9).macd, bbands(20,2,2).upper";

    private static final int ASSETS = 4;
    private static final int BARS = 2_610;
    private static final LocalDate LAST = LocalDate.of(1999, 12, 31);
    private static final List<Integer> SPAN_YEARS = List.of(1, 10);

    /** The two servers: with the default cache, and without one. */
    private enum Cache {
        OFF(0),
        WARM(ServerConfig.defaults().cacheBytes());

        final long bytes;

        Cache(long bytes) {
            this.bytes = bytes;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private PullEndpointHarness() {}

    /** Runs the harness; see the class description for the arguments. */
    public static void main(String[] args) throws Exception {
        HarnessOptions options = HarnessOptions.parse(PullEndpointHarness.class.getName(), args);
        Wrk.requireInstalled();
        int warmupSeconds = options.quick() ? 1 : 5;
        int measuredSeconds = options.quick() ? 2 : 10;
        String loadBefore = LoadAverage.now();
        List<JmhResult> results = new ArrayList<>();
        for (Cache cache : Cache.values()) {
            try (BenchServer server = BenchServer.start(ASSETS, BARS, config -> config.cacheBytes(cache.bytes))) {
                // Every request of the server is warmed up before any is measured: the JIT compiles
                // for minutes on a busy machine, and the first measurement would pay for it.
                for (int years : SPAN_YEARS) {
                    Wrk.run(url(server, years), warmupSeconds);
                }
                for (int years : SPAN_YEARS) {
                    String url = url(server, years);
                    double[] before = cacheLookups(server.uri());
                    WrkRun run = Wrk.run(url, measuredSeconds);
                    double[] after = cacheLookups(server.uri());
                    Map<String, String> params = Map.of("span", years + "y", "cache", cache.label());
                    if (run.failures() > 0) {
                        throw new IllegalStateException(run.failures() + " requests failed with " + params);
                    }
                    JmhResult.RunSettings settings =
                            HarnessResults.thisJvm(warmupSeconds + " s", measuredSeconds + " s, wrk -t2 -c16");
                    results.add(HarnessResults.single(THROUGHPUT, params, "ops/s", run.requestsPerSecond(), settings));
                    results.add(HarnessResults.summarised(
                            LATENCY, params, run.meanMicros(), run.percentileMicros(), settings));
                    System.out.println(summary(params, run, after[0] - before[0], after[1] - before[1]));
                }
            }
        }
        JmhResults.of(results).write(options.out());
        System.out.println("load average (1, 5, 15 min) " + loadBefore + " before, " + LoadAverage.now()
                + " after; results in " + options.out());
    }

    private static String summary(Map<String, String> params, WrkRun run, double hits, double misses) {
        return String.format(
                Locale.ROOT,
                "pull span=%s cache=%s: %,.0f requests/s; latency p50 %.3f ms, p99 %.3f ms, max %.3f ms;"
                        + " cache hits %.1f %%",
                params.get("span"),
                params.get("cache"),
                run.requestsPerSecond(),
                run.micros(50) / 1e3,
                run.micros(99) / 1e3,
                run.micros(100) / 1e3,
                100 * hits / Math.max(1, hits + misses));
    }

    /** The URL of the request for the last {@code years} of the first asset's bars. */
    private static String url(BenchServer server, int years) {
        StringBuilder url = new StringBuilder(server.uri().toString())
                .append("/api/assets/")
                .append(server.symbols().get(0).symbol())
                .append("/analytics?");
        for (String expression : EXPRESSIONS.split(", ")) {
            url.append("expr=").append(expression).append('&');
        }
        return url.append("from=")
                .append(LAST.minusYears(years).plusDays(1))
                .append("&to=")
                .append(LAST)
                .toString();
    }

    /** The cache's hits and misses so far, from {@code /metrics}. */
    private static double[] cacheLookups(URI base) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return new double[] {sample(metrics, "result=\"hit\""), sample(metrics, "result=\"miss\"")};
    }

    private static double sample(String metrics, String label) {
        return metrics.lines()
                .filter(l -> l.startsWith("quiver_cache_lookups_total{") && l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
