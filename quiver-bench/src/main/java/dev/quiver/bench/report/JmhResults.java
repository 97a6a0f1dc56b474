package dev.quiver.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The results of one JMH run, read from the JSON file that {@code -rf json} writes. Immutable. */
public final class JmhResults {

    private final List<JmhResult> results;

    private JmhResults(List<JmhResult> results) {
        this.results = List.copyOf(results);
    }

    /** Reads a JMH JSON result file. */
    public static JmhResults read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH results " + file, e);
        }
    }

    /** Parses JMH's JSON: an array of one object per benchmark and parameter set. */
    public static JmhResults parse(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) {
            throw new IOException("not a JMH result: the top level must be an array");
        }
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode node : root) {
            results.add(result(node));
        }
        return new JmhResults(results);
    }

    private static JmhResult result(JsonNode node) throws IOException {
        JsonNode metric = node.path("primaryMetric");
        if (!node.hasNonNull("benchmark") || !metric.has("score")) {
            throw new IOException("not a JMH result: an entry lacks benchmark or primaryMetric.score");
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params")
                .properties()
                .forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        metric.path("scorePercentiles")
                .properties()
                .forEach(e -> percentiles.put(
                        Double.parseDouble(e.getKey()), e.getValue().asDouble()));
        JmhResult.RunSettings settings = new JmhResult.RunSettings(
                node.path("jmhVersion").asText(),
                node.path("jdkVersion").asText(),
                node.path("vmName").asText(),
                node.path("vmVersion").asText(),
                node.path("forks").asInt(),
                node.path("warmupIterations").asInt(),
                node.path("warmupTime").asText(),
                node.path("measurementIterations").asInt(),
                node.path("measurementTime").asText());
        return new JmhResult(
                node.get("benchmark").asText(),
                params,
                node.path("mode").asText(),
                metric.path("scoreUnit").asText(),
                metric.get("score").asDouble(),
                percentiles,
                settings);
    }

    /** The given results, in order. */
    public static JmhResults of(List<JmhResult> results) {
        return new JmhResults(results);
    }

    /** Reads several result files (JMH's and the harnesses'), their results in the order given. */
    public static JmhResults readAll(List<Path> files) {
        List<JmhResult> all = new ArrayList<>();
        files.forEach(f -> all.addAll(read(f).all()));
        return new JmhResults(all);
    }

    /**
     * Writes the results in JMH's JSON format (the fields {@link #parse} reads), so that a harness
     * outside JMH reports through the same table.
     */
    public void write(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode root = mapper.createArrayNode();
        for (JmhResult r : results) {
            ObjectNode node = root.addObject();
            JmhResult.RunSettings s = r.settings();
            node.put("jmhVersion", s.jmhVersion());
            node.put("benchmark", r.benchmark());
            node.put("mode", r.mode());
            node.put("jdkVersion", s.jdkVersion());
            node.put("vmName", s.vmName());
            node.put("vmVersion", s.vmVersion());
            node.put("forks", s.forks());
            node.put("warmupIterations", s.warmupIterations());
            node.put("warmupTime", s.warmupTime());
            node.put("measurementIterations", s.measurementIterations());
            node.put("measurementTime", s.measurementTime());
            ObjectNode params = node.putObject("params");
            r.params().forEach(params::put);
            ObjectNode metric = node.putObject("primaryMetric");
            metric.put("score", r.score());
            metric.put("scoreUnit", r.unit());
            ObjectNode percentiles = metric.putObject("scorePercentiles");
            r.percentiles().forEach((k, v) -> percentiles.put(String.valueOf(k), v));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results " + file, e);
        }
    }

    /** Every result, in the order of the file. */
    public List<JmhResult> all() {
        return results;
    }

    /** The first result of {@code benchmark} with at least the given parameter values. */
    public Optional<JmhResult> find(String benchmark, Map<String, String> params) {
        return results.stream().filter(r -> r.matches(benchmark, params)).findFirst();
    }
}
