package dev.quiver.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessResultsTest {

    private static final String LATENCY = "dev.quiver.bench.live.TickToSse.latency";

    @Test
    void shouldSummariseALatencyHistogramInMicrosecondsOrMilliseconds() {
        // HdrHistogram at three significant digits reports each value at the top of its bucket
        Histogram nanos = new Histogram(3);
        for (int i = 1; i <= 1_000; i++) {
            nanos.recordValue(i * 1_000L);
        }

        assertThat(HarnessResults.summary(nanos, "trades", false))
                .isEqualTo("1,000 trades, p50 500.2 us, p90 900.1 us, p99 990.2 us, p99.9 999.4 us, max 1000.4 us");
        assertThat(HarnessResults.summary(nanos, "ticks", true))
                .isEqualTo("1,000 ticks, p50 0.500 ms, p90 0.900 ms, p99 0.990 ms, p99.9 0.999 ms, max 1.000 ms");
    }

    @Test
    void shouldReportAHistogramInMicrosecondsWithItsPercentiles() {
        Histogram nanos = new Histogram(3);
        for (int i = 1; i <= 100; i++) {
            nanos.recordValue(i * 1_000L);
        }

        JmhResult result =
                HarnessResults.latency(LATENCY, Map.of("rate", "1000"), nanos, HarnessResults.thisJvm("1 s", "10 s"));

        assertThat(result.unit()).isEqualTo("us/op");
        // three significant digits: each value within 0.1 % of what was recorded
        assertThat(result.percentiles().get(0.0)).isCloseTo(1.0, within(0.001));
        assertThat(result.percentiles().get(50.0)).isCloseTo(50.0, within(0.05));
        assertThat(result.percentiles().get(99.0)).isCloseTo(99.0, within(0.1));
        assertThat(result.score()).isCloseTo(50.5, within(0.05));
    }

    @Test
    void shouldKeepOnlyThePercentilesAToolSummarised() {
        JmhResult result = HarnessResults.summarised(
                "dev.quiver.bench.server.PullEndpointHarness.latency",
                Map.of("span", "1y"),
                812.0,
                Map.of(50.0, 700.0, 99.0, 2_100.0, 100.0, 9_000.0),
                HarnessResults.thisJvm("3 s", "10 s"));

        assertThat(result.unit()).isEqualTo("us/op");
        assertThat(Statistic.MEDIAN.of(result)).hasValue(700.0);
        assertThat(Statistic.P99.of(result)).hasValue(2_100.0);
        assertThat(Statistic.MIN.of(result)).isEmpty();
        assertThat(result.score()).isEqualTo(812.0);
    }

    @Test
    void shouldReadBackWhatItWritesBesideAJmhRun(@TempDir Path dir) {
        JmhResult bytes = HarnessResults.single(
                "dev.quiver.bench.live.Memory.perNode",
                Map.of("assets", "1000"),
                "B/op",
                412.5,
                HarnessResults.thisJvm("none", "one count"));
        Path file = dir.resolve("harness.json");
        JmhResults.of(List.of(bytes)).write(file);

        JmhResults both = JmhResults.readAll(List.of(file));

        assertThat(both.all()).containsExactly(bytes);
        assertThat(Statistic.MEDIAN.of(both.all().get(0))).hasValue(412.5);
    }
}
