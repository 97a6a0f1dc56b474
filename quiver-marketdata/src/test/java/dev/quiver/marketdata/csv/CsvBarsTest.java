package dev.quiver.marketdata.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.series.BarSeries;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvBarsTest {

    private static final BarSeries TWO_BARS = BarSeries.of(
            new long[] {0, 86_400},
            new double[] {1, 2},
            new double[] {1, 2},
            new double[] {1, 2},
            new double[] {1, 2},
            new double[] {10, 20});

    @Test
    void shouldNotLetCallersChangeTheAdjustedClose() {
        double[] adj = {0.9, 1.8};
        CsvBars bars =
                new CsvBars(Path.of("X.csv"), CsvLayout.YAHOO_MODERN, TWO_BARS, adj, List.of(), List.of(), TWO_BARS);

        adj[0] = 5;
        bars.providerAdjustedClose()[1] = 5;

        assertThat(bars.providerAdjustedClose()).containsExactly(0.9, 1.8);
    }

    @Test
    void shouldCompareTheAdjustedCloseByValue() {
        CsvBars a = new CsvBars(
                Path.of("X.csv"),
                CsvLayout.YAHOO_MODERN,
                TWO_BARS,
                new double[] {0.9, 1.8},
                List.of(),
                List.of(),
                TWO_BARS);
        CsvBars b = new CsvBars(
                Path.of("X.csv"),
                CsvLayout.YAHOO_MODERN,
                TWO_BARS,
                new double[] {0.9, 1.8},
                List.of(),
                List.of(),
                TWO_BARS);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void shouldRequireOneAdjustedCloseValuePerBar() {
        assertThatThrownBy(() -> new CsvBars(
                        Path.of("X.csv"),
                        CsvLayout.YAHOO_MODERN,
                        TWO_BARS,
                        new double[] {1},
                        List.of(),
                        List.of(),
                        TWO_BARS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("adjusted close has 1 values for 2 bars");
    }
}
