package dev.quiver.marketdata.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.DateRange;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static final DateRange JANUARY = DateRange.closed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    private static BarSeries bars(long[] times, double... closes) {
        double[] volume = new double[closes.length];
        Arrays.fill(volume, 1000);
        return BarSeries.of(times, closes, closes, closes, closes, volume);
    }

    @Test
    void shouldCountBarsAddedChangedAndNoLongerGiven() {
        BarSeries stored = bars(new long[] {1, 2, 3}, 10, 11, 12);
        BarSeries fetched = bars(new long[] {2, 3, 4}, 11 * (1 + 1e-12), 12.5, 13);

        Changes changes = Changes.between(stored, fetched, List.of(), List.of(), JANUARY);

        assertThat(changes).isEqualTo(new Changes(1, 1, 1, List.of()));
        assertThat(changes.describe()).isEqualTo("1 bars added, 1 changed, 1 no longer given");
    }

    @Test
    void shouldListActionsAddedRevisedAndNoLongerListedInTheDatesAsked() {
        List<CorporateAction> stored = List.of(
                new Split(LocalDate.of(2024, 1, 10), 2, ActionOrigin.PROVIDED),
                new CashDividend(LocalDate.of(2024, 1, 20), 0.5, ActionOrigin.PROVIDED),
                new CashDividend(LocalDate.of(2023, 6, 1), 0.4, ActionOrigin.PROVIDED));
        List<CorporateAction> fetched = List.of(
                new Split(LocalDate.of(2024, 1, 10), 3, ActionOrigin.PROVIDED),
                new Split(LocalDate.of(2024, 6, 10), 10, ActionOrigin.PROVIDED));

        Changes changes = Changes.between(BarSeries.empty(), BarSeries.empty(), stored, fetched, JANUARY);

        assertThat(changes.actions())
                .containsExactly(
                        "split 2024-01-10: 2.0 -> 3.0",
                        "split 2024-06-10: new, 10.0",
                        "dividend 2024-01-20: no longer listed (kept)");
    }

    @Test
    void shouldSayNoChangeWhenNothingDiffers() {
        BarSeries same = bars(new long[] {1}, 10);

        assertThat(Changes.between(same, same, List.of(), List.of(), JANUARY).describe())
                .isEqualTo("no change");
    }
}
