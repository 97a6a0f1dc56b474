package dev.quiver.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.bench.support.RecordedRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final String LOAD_BEFORE = "10.39 9.17 7.65";
    private static final String LOAD_AFTER = "9.85 9.31 7.88";

    @Test
    void shouldNameTheJdkTheSettingsAndTheLoadAboveTheTable() {
        String report =
                BenchReport.report(Scorecard.standard(), RecordedRuns.quickRun(), LOAD_BEFORE, LOAD_AFTER, false);

        assertThat(report)
                .startsWith("JMH 1.37 on JDK 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1)\n")
                .contains("load average (1, 5, 15 min) 10.39 9.17 7.65 before, 9.85 9.31 7.88 after")
                .contains("  PullKernelBenchmark: 1 fork x (1 x 300 ms warm-up, 3 x 300 ms); bars=1000000\n")
                .contains("  Ta4jKernelBenchmark: 1 fork x (1 x 300 ms warm-up, 3 x 300 ms); decimalBars=1000,"
                        + " doubleBars=20000\n")
                .contains("  ImportBenchmark: 1 fork x (1 x 300 ms warm-up, 3 x 300 ms); importBars=200000\n")
                .contains("  TickToSseHarness: 1 fork x (1 x 2 s warm-up, 1 x 5 s)\n")
                .contains("| SMA(20) ")
                .doesNotContain("met     ");
    }

    @Test
    void shouldEndWithOneLinePerTargetMetOrMissedWhenAsked() {
        List<String> lines = BenchReport.report(
                        Scorecard.standard(), RecordedRuns.quickRun(), LOAD_BEFORE, LOAD_AFTER, true)
                .lines()
                .toList();
        List<String> verdicts =
                lines.subList(lines.size() - Scorecard.standard().targets().size(), lines.size());

        assertThat(verdicts).allSatisfy(l -> assertThat(l).matches("(met    |MISSED ) .+: .+ = .+, target .+"));
        assertThat(verdicts)
                .contains(
                        "met     SMA(20): Quiver / TA-Lib Java = 0.662, target <= 1.05",
                        "MISSED  Tick -> listener in process, idle spin 250 us at 10,000 ticks/s: Quiver = 174 \u00b5s,"
                                + " target <= 50 \u00b5s");
    }

    @Test
    void shouldCountTargetsThatWereNotMeasured() {
        String report = BenchReport.report(
                Scorecard.standard(),
                RecordedRuns.only(b -> b.contains("PullKernelBenchmark")),
                LOAD_BEFORE,
                LOAD_AFTER,
                true);

        // measured: the six kernels and their sum against TA-Lib Java; every other target is not
        int unmeasured = Scorecard.standard().targets().size() - 7;
        assertThat(report).endsWith("\n" + unmeasured + " target(s) not measured in this run\n");
    }
}
