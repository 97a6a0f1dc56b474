package dev.quiver.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split and total-return views, checked against hand computation with the CRSP / Yahoo method:
 * a split of ratio r divides earlier prices by r; a dividend D multiplies earlier prices by
 * 1 - D / (close of the session before the ex-date).
 */
class PriceAdjusterTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");

    /** Four sessions, 2020-08-27 .. 2020-09-01, closes 400, 500 (the day before the split), 125, 130. */
    private static BarSeries bars() {
        LocalDate[] dates = {
            LocalDate.of(2020, 8, 27), LocalDate.of(2020, 8, 28), LocalDate.of(2020, 8, 31), LocalDate.of(2020, 9, 1)
        };
        long[] times = new long[4];
        for (int i = 0; i < 4; i++) {
            times[i] = dates[i].atStartOfDay(NY).toEpochSecond();
        }
        double[] close = {400, 500, 125, 130};
        double[] volume = {10, 10, 40, 40};
        return BarSeries.of(times, close, close, close, close, volume);
    }

    private static final Split FOUR_FOR_ONE = new Split(LocalDate.of(2020, 8, 31), 4, ActionOrigin.PROVIDED);

    @Test
    void shouldReturnRawBarsUnchanged() {
        BarSeries raw = bars();
        assertThat(PriceAdjuster.adjust(raw, List.of(FOUR_FOR_ONE), Adjustment.RAW, NY))
                .isSameAs(raw);
    }

    @Test
    void shouldDivideEarlierPricesAndMultiplyEarlierVolumesBySplit() {
        BarSeries split = PriceAdjuster.adjust(bars(), List.of(FOUR_FOR_ONE), Adjustment.SPLIT, NY);

        assertThat(split.column(PriceField.CLOSE)).containsExactly(100, 125, 125, 130);
        assertThat(split.column(PriceField.VOLUME)).containsExactly(40, 40, 40, 40);
    }

    @Test
    void shouldScaleEarlierPricesByDividendOverPreviousClose() {
        CashDividend dividend = new CashDividend(LocalDate.of(2020, 9, 1), 1.25, ActionOrigin.PROVIDED);

        BarSeries total = PriceAdjuster.adjust(bars(), List.of(FOUR_FOR_ONE, dividend), Adjustment.TOTAL, NY);

        double factor = 1 - 1.25 / 125.0;
        double[] close = total.column(PriceField.CLOSE);
        assertThat(close[3]).isEqualTo(130);
        assertThat(close[2]).isCloseTo(125 * factor, within(1e-12));
        assertThat(close[0]).isCloseTo(100 * factor, within(1e-12));
        assertThat(PriceAdjuster.adjust(bars(), List.of(dividend), Adjustment.SPLIT, NY)
                        .column(PriceField.CLOSE))
                .containsExactly(400, 500, 125, 130);
    }

    @Test
    void shouldApplySameDaySplitBeforeDividendWhateverTheirOrder() {
        CashDividend sameDay = new CashDividend(LocalDate.of(2020, 8, 31), 1.0, ActionOrigin.PROVIDED);
        List<CorporateAction> dividendFirst = List.of(sameDay, FOUR_FOR_ONE);

        double[] close = PriceAdjuster.adjust(bars(), dividendFirst, Adjustment.TOTAL, NY)
                .column(PriceField.CLOSE);

        assertThat(close[1]).isCloseTo(500 / 4.0 * (1 - 1.0 / (500 / 4.0)), within(1e-12));
    }

    @Test
    void shouldApplyActionsAfterTheLastBarToEveryBar() {
        Split later = new Split(LocalDate.of(2021, 1, 4), 2, ActionOrigin.INFERRED);

        assertThat(PriceAdjuster.adjust(bars(), List.of(later), Adjustment.SPLIT, NY)
                        .column(PriceField.CLOSE))
                .containsExactly(200, 250, 62.5, 65);
    }

    @Test
    void shouldRejectDividendLargerThanThePriceItIsPaidFrom() {
        CashDividend huge = new CashDividend(LocalDate.of(2020, 9, 1), 200, ActionOrigin.PROVIDED);

        assertThatThrownBy(() -> PriceAdjuster.adjust(bars(), List.of(huge), Adjustment.TOTAL, NY))
                .hasMessageContaining("not smaller than the close before it");
    }
}
