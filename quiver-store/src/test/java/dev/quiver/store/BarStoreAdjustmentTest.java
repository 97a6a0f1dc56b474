package dev.quiver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.support.TestBars;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five sessions, Tue 2024-01-02 to Mon 2024-01-08, closing at 100, 102, 51, 52, 53, with a 2-for-1
 * split ex 2024-01-04 and a 0.52 dividend ex 2024-01-08 (paid from the 52 close of 2024-01-05, so it
 * multiplies earlier prices by 1 - 0.52 / 52 = 0.99).
 */
class BarStoreAdjustmentTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    private static final LocalDate JAN_4 = LocalDate.of(2024, 1, 4);
    private static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);
    private static final LocalDate JAN_8 = LocalDate.of(2024, 1, 8);
    private static final BarSeries RAW = TestBars.daily(TestBars.NEW_YORK, JAN_2, 100, 102, 51, 52, 53);
    private static final List<CorporateAction> ACTIONS =
            List.of(new Split(JAN_4, 2, ActionOrigin.PROVIDED), new CashDividend(JAN_8, 0.52, ActionOrigin.PROVIDED));

    @TempDir
    Path dir;

    private BarStore store;

    @BeforeEach
    void open() {
        store = BarStore.open(dir.resolve("quiver.db"));
        store.importBars(BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, RAW, ACTIONS, "test"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void shouldReturnPricesAsTradedInTheRawView() {
        assertThat(closes(DateRange.ALL, Adjustment.RAW)).containsExactly(100, 102, 51, 52, 53);
    }

    @Test
    void shouldDividePricesBeforeASplitAndMultiplyVolumes() {
        BarSeries split = store.bars(AAPL, Interval.ONE_DAY, DateRange.ALL, Adjustment.SPLIT);

        assertThat(split.column(PriceField.CLOSE)).containsExactly(50, 51, 51, 52, 53);
        assertThat(split.column(PriceField.HIGH))
                .containsExactly(new double[] {50.5, 51.51, 51.51, 52.52, 53.53}, within(1e-9));
        assertThat(split.column(PriceField.VOLUME)).containsExactly(2000, 4000, 3000, 4000, 5000);
    }

    @Test
    void shouldAlsoReducePricesBeforeADividendInTheTotalView() {
        assertThat(closes(DateRange.ALL, Adjustment.TOTAL))
                .containsExactly(new double[] {49.5, 50.49, 50.49, 51.48, 53}, within(1e-9));
    }

    @Test
    void shouldReadHalfOpenRangesOfSessionDates() {
        assertThat(closes(new DateRange(JAN_4, JAN_8), Adjustment.RAW)).containsExactly(51, 52);
        assertThat(closes(new DateRange(JAN_4, JAN_4), Adjustment.RAW)).isEmpty();
        assertThat(closes(new DateRange(JAN_8, LocalDate.MAX), Adjustment.RAW)).containsExactly(53);
        assertThat(closes(DateRange.closed(null, JAN_4), Adjustment.RAW)).containsExactly(100, 102, 51);
        assertThat(store.bars(AAPL, Interval.ONE_DAY, new DateRange(JAN_5, JAN_8), Adjustment.RAW)
                        .time(0))
                .isEqualTo(Instant.parse("2024-01-05T05:00:00Z").getEpochSecond());
    }

    @Test
    void shouldApplyActionsThatComeAfterTheRange() {
        DateRange beforeSplit = new DateRange(JAN_2, JAN_4);

        assertThat(closes(beforeSplit, Adjustment.SPLIT)).containsExactly(50, 51);
        assertThat(closes(beforeSplit, Adjustment.TOTAL)).containsExactly(new double[] {49.5, 50.49}, within(1e-9));
    }

    @Test
    void shouldGiveEveryRangeTheNumbersOfTheWholeAdjustedHistory() {
        for (Adjustment adjustment : Adjustment.values()) {
            BarSeries whole = PriceAdjuster.adjust(RAW, ACTIONS, adjustment, TestBars.NEW_YORK);
            for (int from = 0; from <= RAW.size(); from++) {
                for (int to = from; to <= RAW.size(); to++) {
                    DateRange range = new DateRange(date(from), date(to));

                    assertThat(store.bars(AAPL, Interval.ONE_DAY, range, adjustment))
                            .as("%s %s", adjustment, range)
                            .isEqualTo(whole.slice(from, to));
                }
            }
        }
    }

    @Test
    void shouldAlignProviderAdjustedClosesWithTheBarsOfARange() {
        store.importBars(new BarImport(
                TestBars.equity("AAPL"),
                Interval.ONE_DAY,
                RAW,
                new double[] {49.4, 50.4, Double.NaN, 51.4, 53},
                ACTIONS,
                "yahoo"));

        assertThat(store.providerAdjustedClose(AAPL, Interval.ONE_DAY, new DateRange(JAN_4, JAN_8)))
                .containsExactly(Double.NaN, 51.4);
    }

    private double[] closes(DateRange range, Adjustment adjustment) {
        return store.bars(AAPL, Interval.ONE_DAY, range, adjustment).column(PriceField.CLOSE);
    }

    /** The session date of bar {@code i}, or the day after the last bar. */
    private static LocalDate date(int i) {
        long second = i < RAW.size() ? RAW.time(i) : RAW.time(RAW.size() - 1) + 86_400;
        return LocalDate.ofInstant(Instant.ofEpochSecond(second), TestBars.NEW_YORK);
    }
}
