package dev.quiver.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import org.junit.jupiter.api.Test;

class BarCollectorTest {

    @Test
    void shouldGiveRowsBackAscendingAndSkipThoseTheStoreWouldRefuse() {
        BarCollector collector = new BarCollector(AssetId.of("IBM"));

        collector.add(300, "day 3", 10, 11, 9, 10.5, 100, 10.4);
        collector.add(100, "day 1", 10, 11, 9, 10.5, -5, Double.NaN);
        collector.add(200, "day 2", 10, 9, 11, 10.5, 100, 10.4);
        collector.add(400, "day 4", 0, 11, 9, 10.5, 100, 10.4);
        collector.add(300, "day 3", 10, 12, 9, 11.5, 100, 11.4);

        BarSeries bars = collector.bars();
        assertThat(bars.times()).containsExactly(100, 300);
        assertThat(bars.value(PriceField.VOLUME, 0)).isNaN();
        assertThat(bars.value(PriceField.CLOSE, 1)).isEqualTo(11.5);
        assertThat(collector.adjustedCloses()).containsExactly(Double.NaN, 11.4);
        assertThat(collector.warnings())
                .containsExactly(
                        "IBM: day 1: negative volume -5.0 dropped",
                        "IBM: day 2: bar skipped: high 9.0 below low 11.0",
                        "IBM: day 4: bar skipped: open 0.0 is not a price above zero",
                        "IBM: day 3: two bars for the same time; the later kept");
    }

    @Test
    void shouldGiveNoAdjustedClosesWhenNoRowHasOne() {
        BarCollector collector = new BarCollector(AssetId.of("IBM"));

        collector.add(100, "day 1", 10, 11, 9, 10.5, 100, Double.NaN);

        assertThat(collector.adjustedCloses()).isNull();
    }
}
