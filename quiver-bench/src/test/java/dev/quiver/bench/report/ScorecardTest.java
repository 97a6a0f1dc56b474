package dev.quiver.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.bench.support.RecordedRuns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private final Scorecard scorecard = Scorecard.standard();
    private final JmhResults run = RecordedRuns.quickRun();

    @Test
    void shouldTakeEachKernelsFastestPassPerBar() {
        Figure sma = figure("SMA(20)");

        assertThat(sma.statistic()).isEqualTo(Statistic.MIN);
        assertThat(sma.unit()).isEqualTo("ns/bar");
        // 714.752 us over 1,000,000 bars; ta4j DoubleNum 1,333.248 us over 20,000, DecimalNum 941.056 us over 1,000
        assertThat(sma.value(Column.QUIVER, run).getAsDouble()).isCloseTo(0.714752, within(1e-9));
        assertThat(sma.value(Column.TALIB, run).getAsDouble()).isCloseTo(1.079296, within(1e-9));
        assertThat(sma.value(Column.TA4J_DOUBLE, run).getAsDouble()).isCloseTo(66.6624, within(1e-9));
        assertThat(sma.value(Column.TA4J_DECIMAL, run).getAsDouble()).isCloseTo(941.056, within(1e-9));
    }

    @Test
    void shouldAddUpTheSixKernels() {
        double quiver = (714.752 + 1480.704 + 3244.032 + 1865.728 + 3031.04 + 1513.472) / 1000;

        assertThat(figure("The six together").value(Column.QUIVER, run).getAsDouble())
                .isCloseTo(quiver, within(1e-9));
    }

    @Test
    void shouldJudgeRatiosOfPeersMeasuredInTheSameRun() {
        Map<String, Verdict> verdicts = verdicts(run);

        Verdict sma = verdicts.get("SMA(20): Quiver / TA-Lib Java <= 1.05");
        assertThat(sma.measured().getAsDouble()).isCloseTo(714.752 / 1079.296, within(1e-12));
        assertThat(sma.status()).isEqualTo(Verdict.Status.MET);
        Verdict atr = verdicts.get("ATR(14): ta4j DoubleNum / Quiver >= 20");
        assertThat(atr.measured().getAsDouble()).isCloseTo(69.12 / 1.513472, within(1e-9));
        assertThat(atr.status()).isEqualTo(Verdict.Status.MET);
        assertThat(verdicts.get("The six together: Quiver / TA-Lib Java < 1").status())
                .isEqualTo(Verdict.Status.MET);
    }

    @Test
    void shouldJudgeTheStoreFiguresAgainstTheirOwnUnits() {
        Map<String, Verdict> verdicts = verdicts(run);

        // median import of 200,000 bars: 375.914496 ms
        Verdict importing = verdicts.get("Import into SQLite: Quiver >= 500,000 bars/s");
        assertThat(importing.measured().getAsDouble()).isCloseTo(2e5 / 0.375914496, within(1e-6));
        assertThat(importing.status()).isEqualTo(Verdict.Status.MET);
        assertThat(verdicts.get("Read one asset's 10 years: Quiver <= 2 ms")
                        .measured()
                        .getAsDouble())
                .isCloseTo(1.03110656, within(1e-9));
        assertThat(verdicts.get("Query 20 analytics x 10 y x 500 assets: Quiver <= 2,000 ms")
                        .measured()
                        .getAsDouble())
                .isCloseTo(890.241024, within(1e-9));
    }

    @Test
    void shouldLeaveTargetsWhoseBenchmarksDidNotRunUnmeasured() {
        JmhResults kernelsOnly = RecordedRuns.only(b -> b.contains("PullKernelBenchmark"));
        Map<String, Verdict> verdicts = verdicts(kernelsOnly);

        assertThat(verdicts.get("SMA(20): Quiver / TA-Lib Java <= 1.05").status())
                .isEqualTo(Verdict.Status.MET);
        assertThat(verdicts.get("SMA(20): ta4j DoubleNum / Quiver >= 20").status())
                .isEqualTo(Verdict.Status.NOT_MEASURED);
        assertThat(verdicts.get("Import into SQLite: Quiver >= 500,000 bars/s").status())
                .isEqualTo(Verdict.Status.NOT_MEASURED);
        assertThat(figure("The six together").value(Column.TA4J_DOUBLE, kernelsOnly))
                .isEmpty();
    }

    @Test
    void shouldRejectATargetOnAFigureThatIsNotInTheTable() {
        Figure orphan = new Figure(
                "Orphan",
                "ms",
                Map.of(Column.QUIVER, new Source.Reading("x.Y.z", Map.of(), Statistic.MEDIAN, Conversion.millis())));
        List<Target> targets = List.of(Target.value(orphan, Column.QUIVER, Bound.atMost(1)));

        assertThatThrownBy(() -> new Scorecard(List.of(), targets))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Quiver <= 1 ms");
    }

    private Figure figure(String name) {
        return scorecard.figures().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Verdict> verdicts(JmhResults results) {
        return scorecard.judge(results).stream()
                .collect(java.util.stream.Collectors.toMap(
                        v -> v.target().figure().name() + ": " + v.target().describe(), v -> v));
    }
}
