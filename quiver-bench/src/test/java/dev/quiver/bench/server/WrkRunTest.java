package dev.quiver.bench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkRunTest {

    private static final String OUTPUT = """
            Running 10s test @ http://127.0.0.1:41234/api/assets/A0000/analytics?expr=sma(20)
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     1.23ms  456.00us  12.34ms   90.00%
                Req/Sec     6.50k   300.00     7.00k    70.00%
              Latency Distribution
                 50%  635.91us
                 75%    1.10ms
                 90%    1.80ms
                 99%    3.00ms
              130012 requests in 10.00s, 50.00MB read
            Requests/sec:  13001.20
            Transfer/sec:      5.00MB
            """;

    @Test
    void shouldReadThroughputAndLatencyInMicroseconds() {
        WrkRun run = WrkRun.parse(OUTPUT);

        assertThat(run.requests()).isEqualTo(130_012);
        assertThat(run.requestsPerSecond()).isEqualTo(13_001.2);
        assertThat(run.meanMicros()).isCloseTo(1_230, within(1e-9));
        assertThat(run.micros(50)).isCloseTo(635.91, within(1e-9));
        assertThat(run.micros(99)).isCloseTo(3_000, within(1e-9));
        assertThat(run.micros(100)).isCloseTo(12_340, within(1e-9));
        assertThat(run.failures()).isZero();
    }

    @Test
    void shouldCountFailedAnswersAndSocketErrors() {
        String failing = OUTPUT.replace(
                "Requests/sec",
                "  Socket errors: connect 0, read 2, write 0, timeout 3\n  Non-2xx or 3xx responses: 7\nRequests/sec");

        assertThat(WrkRun.parse(failing).failures()).isEqualTo(12);
    }

    @Test
    void shouldRefuseOutputWithoutTheLatencyDistribution() {
        String plain = OUTPUT.substring(0, OUTPUT.indexOf("  Latency Distribution"))
                + OUTPUT.substring(OUTPUT.indexOf("  130012"));

        assertThatThrownBy(() -> WrkRun.parse(plain)).hasMessageContaining("--latency");
    }

    @Test
    void shouldConvertEveryDurationUnit() {
        assertThat(WrkRun.micros("2.00s")).isEqualTo(2e6);
        assertThat(WrkRun.micros("1.50m")).isEqualTo(90e6);
    }
}
