package dev.quiver.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Builds the results of a harness that runs outside JMH (a latency harness over a real engine or
 * server, a memory count) in JMH's shape, so that the report reads them like any benchmark: mode
 * {@code sample}, the percentiles 0, 50, 90, 99, 99.9 and 100, and the JVM the harness ran on.
 * Stateless.
 */
public final class HarnessResults {

    private static final double[] PERCENTILES = {0, 50, 90, 99, 99.9, 100};

    private HarnessResults() {}

    /**
     * A latency distribution recorded in nanoseconds, reported in microseconds per operation.
     *
     * @param benchmark the harness's name, {@code package.Class.measurement}
     * @param params the settings that define the measurement, such as {@code rate=10000}
     * @param nanos the recorded latencies, in nanoseconds
     * @param settings how the harness ran, in JMH's terms
     */
    public static JmhResult latency(
            String benchmark, Map<String, String> params, Histogram nanos, JmhResult.RunSettings settings) {
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        for (double p : PERCENTILES) {
            percentiles.put(p, nanos.getValueAtPercentile(p) / 1_000.0);
        }
        return new JmhResult(benchmark, params, "sample", "us/op", nanos.getMean() / 1_000.0, percentiles, settings);
    }

    /**
     * The count and the p50, p90, p99, p99.9 and maximum of latencies recorded in nanoseconds, for a
     * harness's summary line: {@code "150,000 trades, p50 5.2 us, ..."} in microseconds with one
     * decimal ({@code millis} false), or in milliseconds with three.
     */
    public static String summary(Histogram nanos, String what, boolean millis) {
        double per = millis ? 1e6 : 1e3;
        String unit = millis ? " ms" : " us";
        String value = millis ? "%.3f" : "%.1f";
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d %s", nanos.getTotalCount(), what));
        for (String p : List.of("50", "90", "99", "99.9")) {
            line.append(String.format(
                    Locale.ROOT,
                    ", p" + p + " " + value + unit,
                    nanos.getValueAtPercentile(Double.parseDouble(p)) / per));
        }
        return line.append(String.format(Locale.ROOT, ", max " + value + unit, nanos.getMaxValue() / per))
                .toString();
    }

    /**
     * A latency distribution that another tool summarised (such as wrk's mean and percentiles), in
     * microseconds per operation: the percentiles it gave, no others.
     *
     * @param meanMicros the mean latency, in microseconds
     * @param percentileMicros each percentile given, keyed by percent (100 is the maximum), in microseconds
     */
    public static JmhResult summarised(
            String benchmark,
            Map<String, String> params,
            double meanMicros,
            Map<Double, Double> percentileMicros,
            JmhResult.RunSettings settings) {
        return new JmhResult(
                benchmark, params, "sample", "us/op", meanMicros, new TreeMap<>(percentileMicros), settings);
    }

    /**
     * One measured quantity, such as bytes per node or operations per second: every percentile is
     * the value itself, so that any statistic of the table reads it.
     *
     * @param unit the unit the value is in, such as {@code B/op} or {@code ops/s}
     */
    public static JmhResult single(
            String benchmark, Map<String, String> params, String unit, double value, JmhResult.RunSettings settings) {
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        for (double p : PERCENTILES) {
            percentiles.put(p, value);
        }
        return new JmhResult(benchmark, params, "single", unit, value, percentiles, settings);
    }

    /**
     * The settings of a harness run on this JVM: one process, the given warm-up and measurement.
     *
     * @param warmup what the warm-up was, such as {@code 20000 ticks}
     * @param measurement what was measured, such as {@code 30 s}
     */
    public static JmhResult.RunSettings thisJvm(String warmup, String measurement) {
        Runtime.Version version = Runtime.version();
        return new JmhResult.RunSettings(
                "harness",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                version.toString(),
                1,
                1,
                warmup,
                1,
                measurement);
    }
}
