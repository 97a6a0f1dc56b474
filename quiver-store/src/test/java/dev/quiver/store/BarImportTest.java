package dev.quiver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.Interval;
import dev.quiver.store.support.TestBars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarImportTest {

    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    private static final BarSeries BARS = TestBars.daily(TestBars.NEW_YORK, JAN_2, 10, 11, 12);

    @Test
    void shouldCopyAdjustedClosesInAndOut() {
        double[] adjusted = {9, 10, 11};
        BarImport batch = new BarImport(TestBars.equity("AAPL"), Interval.ONE_DAY, BARS, adjusted, List.of(), "csv");

        adjusted[0] = 99;
        batch.providerAdjustedClose()[1] = 99;

        assertThat(batch.providerAdjustedClose()).containsExactly(9, 10, 11);
    }

    @Test
    void shouldCopyTheActions() {
        List<CorporateAction> actions = new ArrayList<>();
        actions.add(new Split(JAN_2, 2, ActionOrigin.PROVIDED));
        BarImport batch = BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, BARS, actions, "csv");

        actions.clear();

        assertThat(batch.actions()).hasSize(1);
    }

    @Test
    void shouldCompareAdjustedClosesByValue() {
        BarImport one = new BarImport(
                TestBars.equity("AAPL"), Interval.ONE_DAY, BARS, new double[] {1, Double.NaN, 3}, List.of(), "csv");
        BarImport same = new BarImport(
                TestBars.equity("AAPL"), Interval.ONE_DAY, BARS, new double[] {1, Double.NaN, 3}, List.of(), "csv");
        BarImport other = BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, BARS, List.of(), "csv");

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }

    @Test
    void shouldRejectAdjustedClosesThatDoNotMatchTheBars() {
        assertThatThrownBy(() ->
                        new BarImport(TestBars.equity("AAPL"), Interval.ONE_DAY, BARS, new double[2], List.of(), "csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 bars but 2 adjusted closes");
    }

    @Test
    void shouldRejectABlankSource() {
        assertThatThrownBy(() -> BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, BARS, List.of(), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }
}
