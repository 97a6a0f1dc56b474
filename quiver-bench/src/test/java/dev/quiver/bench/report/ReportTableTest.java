package dev.quiver.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.bench.support.RecordedRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    private final List<String> lines = ReportTable.render(Scorecard.standard(), RecordedRuns.quickRun())
            .lines()
            .toList();

    @Test
    void shouldPrintAHeadingARuleAndOneRowPerTargetOrFigureWithout() {
        Scorecard scorecard = Scorecard.standard();
        int rows = scorecard.figures().stream()
                .mapToInt(f -> Math.max(1, scorecard.targetsOf(f).size()))
                .sum();
        assertThat(lines).hasSize(2 + rows);
        assertThat(lines.get(0))
                .startsWith("| Figure ")
                .contains(
                        " Quiver |",
                        " TA-Lib Java |",
                        " ta4j DoubleNum |",
                        " ta4j DecimalNum |",
                        " Hand-written loop |",
                        " Result");
        assertThat(lines.get(1)).matches("\\|[- :|]+\\|");
    }

    @Test
    void shouldShowTheFiguresOnTheFirstRowOfTheirTargetsOnly() {
        assertThat(cells(lines.get(2)))
                .containsExactly(
                        "SMA(20)",
                        "fastest",
                        "ns/bar",
                        "0.71",
                        "1.08",
                        "66.7",
                        "941",
                        "",
                        "0.662",
                        "Quiver / TA-Lib Java <= 1.05",
                        "met");
        assertThat(cells(lines.get(3)))
                .containsExactly("", "", "", "", "", "", "", "", "93.3", "ta4j DoubleNum / Quiver >= 20", "met");
    }

    @Test
    void shouldLeaveThePeerColumnsOfQuiverOnlyFiguresEmpty() {
        String row = lines.stream()
                .filter(l -> l.startsWith("| Tick -> listener in process, idle spin 250 us at 10,000")
                        && l.contains(" p99 "))
                .findFirst()
                .orElseThrow();

        assertThat(cells(row))
                .containsExactly(
                        "Tick -> listener in process, idle spin 250 us at 10,000 ticks/s",
                        "p99",
                        "\u00b5s",
                        "174",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "Quiver <= 50 \u00b5s",
                        "MISSED");
    }

    @Test
    void shouldAlignEveryLineToTheSameWidth() {
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSameSizeAs(lines.get(0)));
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }
}
