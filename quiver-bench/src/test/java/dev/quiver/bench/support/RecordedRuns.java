package dev.quiver.bench.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.quiver.bench.report.JmhResults;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * JMH results recorded from a real {@code scripts/bench --quick} run on a shared 2-core machine
 * (JDK 17.0.15, JMH 1.37), with the per-sample histograms and secondary metrics left out and the
 * JVM's path replaced by {@code java}.
 */
public final class RecordedRuns {

    private static final String QUICK_RUN = "/dev/quiver/bench/report/quick-run.json";

    private RecordedRuns() {}

    /** Every result of the recorded quick run. */
    public static JmhResults quickRun() {
        return only(benchmark -> true);
    }

    /** The results of the recorded quick run whose benchmark name passes {@code keep}. */
    public static JmhResults only(Predicate<String> keep) {
        try (InputStream in = RecordedRuns.class.getResourceAsStream(QUICK_RUN)) {
            ObjectMapper json = new ObjectMapper();
            ArrayNode kept = json.createArrayNode();
            for (JsonNode result : json.readTree(in)) {
                if (keep.test(result.get("benchmark").asText())) {
                    kept.add(result);
                }
            }
            return JmhResults.parse(new ByteArrayInputStream(json.writeValueAsBytes(kept)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
