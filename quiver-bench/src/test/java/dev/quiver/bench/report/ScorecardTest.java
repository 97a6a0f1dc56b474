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
        // 1,099.776 us over 1,000,000 bars; ta4j DoubleNum 1,753.088 us over 20,000, DecimalNum over 1,000
        assertThat(sma.value(Column.QUIVER, run).getAsDouble()).isCloseTo(1.099776, within(1e-9));
        assertThat(sma.value(Column.TALIB, run).getAsDouble()).isCloseTo(1.048576, within(1e-9));
        assertThat(sma.value(Column.TA4J_DOUBLE, run).getAsDouble()).isCloseTo(87.6544, within(1e-9));
        assertThat(sma.value(Column.TA4J_DECIMAL, run).getAsDouble()).isCloseTo(1552.384, within(1e-9));
    }

    @Test
    void shouldAddUpTheSixKernels() {
        double quiver = (1099.776 + 1456.128 + 3379.2 + 1947.648 + 3215.36 + 1572.864) / 1000;

        assertThat(figure("The six together").value(Column.QUIVER, run).getAsDouble())
                .isCloseTo(quiver, within(1e-9));
    }

    @Test
    void shouldJudgeRatiosOfPeersMeasuredInTheSameRun() {
        Map<String, Verdict> verdicts = verdicts(run);

        Verdict sma = verdicts.get("SMA(20): Quiver / TA-Lib Java <= 1.05");
        assertThat(sma.measured().getAsDouble()).isCloseTo(1099.776 / 1048.576, within(1e-12));
        assertThat(sma.status()).isEqualTo(Verdict.Status.MET);
        Verdict atr = verdicts.get("ATR(14): ta4j DoubleNum / Quiver >= 20");
        assertThat(atr.measured().getAsDouble()).isCloseTo(65.7408 / 1.572864, within(1e-9));
        assertThat(atr.status()).isEqualTo(Verdict.Status.MET);
        assertThat(verdicts.get("The six together: Quiver / TA-Lib Java < 1").status())
                .isEqualTo(Verdict.Status.MET);
    }

    @Test
    void shouldJudgeTheStoreFiguresAgainstTheirOwnUnits() {
        Map<String, Verdict> verdicts = verdicts(run);

        // median import of 200,000 bars: 1,090.51904 ms
        Verdict importing = verdicts.get("Import into SQLite: Quiver >= 500,000 bars/s");
        assertThat(importing.measured().getAsDouble()).isCloseTo(2e5 / 1.09051904, within(1e-6));
        assertThat(importing.status()).isEqualTo(Verdict.Status.MISSED);
        assertThat(verdicts.get("Read one asset's 10 years: Quiver <= 2 ms")
                        .measured()
                        .getAsDouble())
                .isCloseTo(29.79528704000002, within(1e-9));
        assertThat(verdicts.get("Query 20 analytics x 10 y x 500 assets: Quiver <= 2,000 ms")
                        .measured()
                        .getAsDouble())
                .isCloseTo(7289.700352, within(1e-9));
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
