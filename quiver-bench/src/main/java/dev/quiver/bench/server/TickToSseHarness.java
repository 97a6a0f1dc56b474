package dev.quiver.bench.server;

import dev.quiver.bench.report.HarnessOptions;
import dev.quiver.bench.report.HarnessResults;
import dev.quiver.bench.report.JmhResult;
import dev.quiver.bench.report.JmhResults;
import dev.quiver.core.asset.AssetId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Ticks POSTed to {@code /api/ticks} until their Server-Sent Events arrive, at 1,000 and then 10,000
 * ticks a second, on loopback, with a real server in this process (the push engine with its
 * defaults) over a store of four synthetic assets. One SSE client per asset subscribes to {@code
 * SYMBOL:close}; the ticks take turns on the assets, each with a unique price, and are posted one
 * POST per millisecond. Each tick's latency runs from its intended send time to the arrival of the
 * update carrying it (see {@link TickPlan}, {@link TickSender}, {@link TickStream}). A warm-up at the
 * same rate precedes each measurement. The whole run takes about 80 s, {@code --quick} about 14 s.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.quiver.bench.server.TickToSseHarness --out FILE
 * [--quick]}. Writes one result per rate, benchmark {@value #BENCHMARK} with {@code rate}, in
 * microseconds per tick; prints a summary on standard output.
 */
public final class TickToSseHarness {

    /** The results' benchmark name. */
    public static final String BENCHMARK = "dev.quiver.bench.server.TickToSseHarness.tickToSse";

    private static final int[] RATES = {1_000, 10_000};
    private static final int ASSETS = 4;
    private static final int BARS = 2_520;
    private static final double FIRST_PRICE = 1_000;
    private static final long START_TIMEOUT_SECONDS = 30;
    private static final long LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long ARRIVAL_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private TickToSseHarness() {}

    /** Runs the harness; see the class description for the arguments. */
    public static void main(String[] args) throws Exception {
        HarnessOptions options = HarnessOptions.parse(TickToSseHarness.class.getName(), args);
        int warmupSeconds = options.quick() ? 1 : 8;
        int measuredSeconds = options.quick() ? 4 : 30;
        String loadBefore = LoadAverage.now();
        List<JmhResult> results = new ArrayList<>();
        try (BenchServer server = BenchServer.start(ASSETS, BARS)) {
            for (int run = 0; run < RATES.length; run++) {
                int rate = RATES[run];
                Histogram latencies = run(server, rate, FIRST_PRICE * (run + 1), warmupSeconds, measuredSeconds);
                results.add(HarnessResults.latency(
                        BENCHMARK,
                        Map.of("rate", Integer.toString(rate)),
                        latencies,
                        HarnessResults.thisJvm(warmupSeconds + " s", measuredSeconds + " s")));
                System.out.println(summary(rate, latencies));
            }
        }
        JmhResults.of(results).write(options.out());
        System.out.println("load average (1, 5, 15 min) " + loadBefore + " before, " + LoadAverage.now()
                + " after; results in " + options.out());
    }

    private static Histogram run(BenchServer server, int rate, double base, int warmupSeconds, int measuredSeconds)
            throws IOException, InterruptedException {
        List<AssetId> symbols = server.symbols();
        List<TickStream> streams = new ArrayList<>();
        try {
            for (int a = 0; a < symbols.size(); a++) {
                streams.add(TickStream.open(server.uri(), symbols.get(a).symbol(), a));
            }
            for (TickStream stream : streams) {
                if (!stream.awaitStart(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a stream sent nothing within " + START_TIMEOUT_SECONDS + " s");
                }
            }
            TickPlan plan = new TickPlan(
                    System.nanoTime() + LEAD_NANOS,
                    rate / 1_000,
                    symbols.size(),
                    base,
                    (long) rate * (warmupSeconds + measuredSeconds),
                    (long) rate * warmupSeconds);
            streams.forEach(stream -> stream.expect(plan));
            new TickSender(server.uri(), symbols).send(plan);
            Histogram latencies = new Histogram(3);
            for (TickStream stream : streams) {
                if (!stream.awaitLast(ARRIVAL_TIMEOUT_NANOS)) {
                    throw new IllegalStateException("the last tick did not arrive within "
                            + ARRIVAL_TIMEOUT_NANOS / 1_000_000_000 + " s after the last POST");
                }
                latencies.add(stream.latencies());
            }
            return latencies;
        } finally {
            for (TickStream stream : streams) {
                stream.close();
            }
        }
    }

    private static String summary(int rate, Histogram h) {
        return String.format(
                Locale.ROOT, "tick -> SSE at %,d ticks/s: %s", rate, HarnessResults.summary(h, "ticks", true));
    }
}
