package dev.quiver.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarSeriesTest {

    private static final Bar FIRST = new Bar(Instant.ofEpochSecond(0), 1, 2, 0.5, 1.5, 100);
    private static final Bar SECOND = new Bar(Instant.ofEpochSecond(86_400), 1.5, 2.5, 1, 2, 200);

    @Test
    void shouldHoldBarsAsColumns() {
        BarSeries series = BarSeries.of(List.of(FIRST, SECOND));

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.bar(1)).isEqualTo(SECOND);
        assertThat(series.column(PriceField.CLOSE)).containsExactly(1.5, 2);
        assertThat(series.value(PriceField.VOLUME, 0)).isEqualTo(100);
        assertThat(series.slice(1, 2).bar(0)).isEqualTo(SECOND);
    }

    @Test
    void shouldNotLetCallersChangeIt() {
        double[] close = {1.5, 2};
        BarSeries series = BarSeries.of(new long[] {0, 1}, close, close, close, close, close);

        close[0] = 99;
        series.column(PriceField.CLOSE)[1] = 99;

        assertThat(series.column(PriceField.CLOSE)).containsExactly(1.5, 2);
    }

    @Test
    void shouldRejectTimesThatDoNotAscend() {
        assertThatThrownBy(() -> BarSeries.of(List.of(SECOND, FIRST))).hasMessageContaining("must ascend strictly");
        double[] one = {1};
        assertThatThrownBy(() -> BarSeries.of(new long[] {0, 1}, one, one, one, one, one))
                .hasMessageContaining("differ in length");
    }
}
