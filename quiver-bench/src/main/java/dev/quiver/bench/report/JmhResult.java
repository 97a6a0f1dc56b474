package dev.quiver.bench.report;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One benchmark and parameter set of a JMH run, as its JSON result gives it: the primary metric's
 * mean score and percentiles in {@code unit}, and the settings it ran with. Immutable.
 *
 * @param benchmark the benchmark method's full name, {@code package.Class.method}
 * @param params the parameters, empty for a benchmark without any
 * @param mode JMH's short mode name: {@code avgt}, {@code sample}, {@code thrpt}, {@code ss}
 * @param unit the score unit, such as {@code us/op} or {@code ops/s}
 * @param score the mean over the measured iterations (or samples)
 * @param percentiles the percentiles JMH reports, keyed by percent (0 is the minimum)
 * @param settings how the benchmark was run
 */
public record JmhResult(
        String benchmark,
        Map<String, String> params,
        String mode,
        String unit,
        double score,
        NavigableMap<Double, Double> percentiles,
        RunSettings settings) {

    /** Copies the maps. */
    public JmhResult {
        params = Map.copyOf(params);
        percentiles = Collections.unmodifiableNavigableMap(new TreeMap<>(percentiles));
    }

    /** The benchmark's class name without its package, such as {@code PullKernelBenchmark}. */
    public String className() {
        String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Whether this is {@code benchmark} run with at least the given parameter values. */
    public boolean matches(String benchmark, Map<String, String> params) {
        return this.benchmark.equals(benchmark)
                && params.entrySet().stream().allMatch(e -> e.getValue().equals(this.params.get(e.getKey())));
    }

    /**
     * The JVM, JMH and iteration settings of a result.
     *
     * @param jmhVersion the JMH version
     * @param jdkVersion the JDK version, such as {@code 17.0.15}
     * @param vmName the VM's name
     * @param vmVersion the VM's full version
     * @param forks the number of forks
     * @param warmupIterations warm-up iterations per fork
     * @param warmupTime the time of each, as JMH writes it ({@code 1 s})
     * @param measurementIterations measured iterations per fork
     * @param measurementTime the time of each
     */
    public record RunSettings(
            String jmhVersion,
            String jdkVersion,
            String vmName,
            String vmVersion,
            int forks,
            int warmupIterations,
            String warmupTime,
            int measurementIterations,
            String measurementTime) {

        /** The iteration settings in a few words: {@code 2 forks x (3 x 1 s warm-up, 5 x 1 s)}. */
        public String iterations() {
            return forks + (forks == 1 ? " fork" : " forks") + " x (" + warmupIterations + " x " + warmupTime
                    + " warm-up, " + measurementIterations + " x " + measurementTime + ")";
        }
    }
}
