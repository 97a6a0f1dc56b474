package dev.quiver.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.bench.support.RecordedRuns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhResultsTest {

    private static final String PULL = "dev.quiver.bench.kernels.PullKernelBenchmark.kernel";

    @Test
    void shouldReadEveryResultWithItsParametersUnitAndPercentiles() {
        JmhResults results = RecordedRuns.quickRun();

        assertThat(results.all()).hasSize(49);
        JmhResult first = results.all().stream()
                .filter(r -> r.benchmark().equals(PULL))
                .findFirst()
                .orElseThrow();
        assertThat(first.benchmark()).isEqualTo(PULL);
        assertThat(first.className()).isEqualTo("PullKernelBenchmark");
        assertThat(first.params()).containsEntry("indicator", "SMA20").containsEntry("peer", "QUIVER");
        assertThat(first.mode()).isEqualTo("sample");
        assertThat(first.unit()).isEqualTo("us/op");
        assertThat(first.percentiles()).containsEntry(0.0, 714.7520000000001).containsEntry(50.0, 724.992);
        assertThat(first.settings().jdkVersion()).isEqualTo("17.0.15");
        assertThat(first.settings().iterations()).isEqualTo("1 fork x (1 x 300 ms warm-up, 3 x 300 ms)");
    }

    @Test
    void shouldFindAResultByAnyOfItsParameters() {
        JmhResults results = RecordedRuns.quickRun();

        assertThat(results.find(PULL, Map.of("indicator", "ATR14", "peer", "TALIB")))
                .hasValueSatisfying(r -> assertThat(r.percentiles()).containsEntry(0.0, 7102.464));
        assertThat(results.find(PULL, Map.of("indicator", "ADX"))).isEmpty();
    }

    @Test
    void shouldReadAResultWithoutParameters() {
        JmhResults results = RecordedRuns.quickRun();

        assertThat(results.find("dev.quiver.bench.store.StorePullQueryBenchmark.query", Map.of()))
                .hasValueSatisfying(r -> assertThat(r.params()).isEmpty());
    }

    @Test
    void shouldRejectJsonThatIsNotAnArrayOfResults() {
        assertThatThrownBy(() -> parse("{\"benchmark\": \"x\"}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("array");
        assertThatThrownBy(() -> parse("[{\"benchmark\": \"x\"}]"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("primaryMetric.score");
    }

    private static JmhResults parse(String json) throws IOException {
        return JmhResults.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
