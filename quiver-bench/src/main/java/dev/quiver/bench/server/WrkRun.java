package dev.quiver.bench.server;

import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one {@code wrk --latency} run printed: the throughput, and the latency's mean, percentiles and
 * maximum in microseconds. wrk times each request from its send on a connection that waits for the
 * previous answer (closed loop), so a stall delays the requests behind it without timing them.
 * Immutable.
 *
 * @param requests requests completed
 * @param requestsPerSecond the throughput, requests per second
 * @param meanMicros the mean latency
 * @param percentileMicros the latency at 50, 75, 90 and 99 percent, and the maximum at 100
 * @param failures answers other than 2xx or 3xx, plus socket errors
 */
record WrkRun(
        long requests,
        double requestsPerSecond,
        double meanMicros,
        NavigableMap<Double, Double> percentileMicros,
        long failures) {

    private static final Pattern DURATION = Pattern.compile("([0-9.]+)(us|ms|s|m)");
    private static final Pattern LATENCY =
            Pattern.compile("^\\s*Latency\\s+(\\S+)\\s+\\S+\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|75|90|99)%\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in", Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern NON_2XX =
            Pattern.compile("^\\s*Non-2xx or 3xx responses:\\s+(\\d+)", Pattern.MULTILINE);
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)", Pattern.MULTILINE);

    /** Copies the percentiles. */
    WrkRun {
        percentileMicros = new TreeMap<>(percentileMicros);
    }

    /**
     * Parses wrk's output.
     *
     * @throws IllegalArgumentException when a figure is missing
     */
    static WrkRun parse(String output) {
        Matcher latency = find(LATENCY, output, "the latency line");
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            percentiles.put(Double.parseDouble(percentile.group(1)), micros(percentile.group(2)));
        }
        if (percentiles.size() != 4) {
            throw new IllegalArgumentException(
                    "wrk printed no latency distribution (run it with --latency):\n" + output);
        }
        percentiles.put(100.0, micros(latency.group(2)));
        long failures = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failures += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int g = 1; g <= 4; g++) {
                failures += Long.parseLong(errors.group(g));
            }
        }
        return new WrkRun(
                Long.parseLong(find(REQUESTS, output, "the request count").group(1)),
                Double.parseDouble(find(RATE, output, "Requests/sec").group(1)),
                micros(latency.group(1)),
                percentiles,
                failures);
    }

    /** The latency at {@code percent} (50, 75, 90, 99, or 100 for the maximum), in microseconds. */
    double micros(double percent) {
        return percentileMicros.get(percent);
    }

    private static Matcher find(Pattern pattern, String output, String what) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("wrk printed no " + what + ":\n" + output);
        }
        return m;
    }

    /** A wrk duration such as {@code 635.91us}, {@code 1.22ms}, {@code 2.00s} or {@code 1.50m}, in microseconds. */
    static double micros(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a wrk duration: " + text);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value;
            case "ms" -> value * 1e3;
            case "s" -> value * 1e6;
            default -> value * 60e6;
        };
    }
}
