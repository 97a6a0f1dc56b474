package dev.quiver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.support.StoreSnapshot;
import dev.quiver.store.support.TestBars;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarStoreImportTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final Instant NOW = Instant.parse("2024-02-01T21:30:00.123456789Z");
    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);

    @TempDir
    Path dir;

    private BarStore store;

    @BeforeEach
    void open() {
        store = BarStore.open(dir.resolve("quiver.db"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void shouldRoundTripBarsActionsAndCoverage() {
        BarSeries bars = TestBars.daily(TestBars.NEW_YORK, JAN_2, 100, 102, 51, 52, 53);
        List<CorporateAction> actions = List.of(
                new CashDividend(LocalDate.of(2024, 1, 8), 0.52, ActionOrigin.PROVIDED),
                new Split(LocalDate.of(2024, 1, 4), 2, ActionOrigin.INFERRED));
        double[] adjusted = {49.5, Double.NaN, 50.49, 51.48, 53};

        ImportReport report = store.importBars(
                new BarImport(TestBars.equity("AAPL"), Interval.ONE_DAY, bars, adjusted, actions, "yahoo"));

        assertThat(report).isEqualTo(new ImportReport(AAPL, 5, 2));
        assertThat(store.asset(AAPL)).isEqualTo(TestBars.equity("AAPL"));
        assertThat(store.bars(AAPL, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW))
                .isEqualTo(bars);
        assertThat(store.providerAdjustedClose(AAPL, Interval.ONE_DAY, DateRange.ALL))
                .containsExactly(adjusted);
        assertThat(store.actions(AAPL)).containsExactly(actions.get(1), actions.get(0));
        assertThat(store.coverage(AAPL))
                .containsExactly(new CoverageRecord(
                        AAPL, Interval.ONE_DAY, new DateRange(JAN_2, LocalDate.of(2024, 1, 9)), "yahoo", NOW));
        assertThat(store.summary(AAPL))
                .isEqualTo(new AssetSummary(
                        TestBars.equity("AAPL"),
                        5,
                        Instant.parse("2024-01-02T05:00:00Z"),
                        Instant.parse("2024-01-08T05:00:00Z"),
                        1,
                        1,
                        1));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 49, 50, 51, 1_234})
    void shouldRoundTripBatchesOfAnySize(int n) {
        BarSeries bars = TestBars.rising(TestBars.NEW_YORK, JAN_2, n);
        double[] adjusted = IntStream.range(0, n)
                .mapToDouble(i -> i % 7 == 0 ? Double.NaN : i + 0.5)
                .toArray();

        store.importBars(new BarImport(TestBars.equity("AAPL"), Interval.ONE_DAY, bars, adjusted, List.of(), "csv"));

        assertThat(store.bars(AAPL, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW))
                .isEqualTo(bars);
        assertThat(store.providerAdjustedClose(AAPL, Interval.ONE_DAY, DateRange.ALL))
                .containsExactly(adjusted);
    }

    @Test
    void shouldStoreMissingVolumesAndAdjustedClosesAsNaN() {
        BarSeries bars = BarSeries.of(
                new long[] {1_700_000_000L, 1_700_000_060L},
                new double[] {10, 11},
                new double[] {12, 12},
                new double[] {9, 10},
                new double[] {11, 11.5},
                new double[] {Double.NaN, 0});
        Asset crypto = Asset.of(AssetClass.CRYPTO, AssetId.of("BTC-USD"), "Bitcoin", "USD", "", ZoneId.of("UTC"));

        store.importBars(BarImport.of(crypto, Interval.ONE_MINUTE, bars, List.of(), "replay"));

        assertThat(store.bars(crypto.id(), Interval.ONE_MINUTE, DateRange.ALL, Adjustment.RAW))
                .isEqualTo(bars);
        assertThat(store.providerAdjustedClose(crypto.id(), Interval.ONE_MINUTE, DateRange.ALL))
                .containsExactly(Double.NaN, Double.NaN);
        assertThat(store.bars(crypto.id(), Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW))
                .isEqualTo(BarSeries.empty());
    }

    @Test
    void shouldLeaveTheSameRowsWhenTheSameBatchIsImportedTwice() {
        BarImport batch = new BarImport(
                TestBars.equity("AAPL"),
                Interval.ONE_DAY,
                TestBars.rising(TestBars.NEW_YORK, JAN_2, 30),
                null,
                List.of(new Split(LocalDate.of(2024, 1, 10), 4, ActionOrigin.PROVIDED)),
                "yahoo");
        store.importBars(batch);
        StoreSnapshot once = StoreSnapshot.of(store);

        store.importBars(batch);

        assertThat(StoreSnapshot.of(store)).isEqualTo(once);
        assertThat(once.barCount()).isEqualTo(30);
    }

    @Test
    void shouldReplaceOverlappingBarsAndActionsAndAddCoverage() {
        store.importBars(new BarImport(
                TestBars.equity("AAPL"),
                Interval.ONE_DAY,
                TestBars.daily(TestBars.NEW_YORK, JAN_2, 100, 101, 102),
                null,
                List.of(new Split(LocalDate.of(2024, 1, 3), 2, ActionOrigin.INFERRED)),
                "csv"));
        Asset renamed = Asset.of(AssetClass.EQUITY, AAPL, "Apple", "USD", "NASDAQ", TestBars.NEW_YORK);

        store.importBars(new BarImport(
                renamed,
                Interval.ONE_DAY,
                TestBars.daily(TestBars.NEW_YORK, LocalDate.of(2024, 1, 3), 201, 202, 203),
                null,
                List.of(new Split(LocalDate.of(2024, 1, 3), 3, ActionOrigin.PROVIDED)),
                "yahoo"));

        assertThat(store.asset(AAPL)).isEqualTo(renamed);
        assertThat(store.bars(AAPL, Interval.ONE_DAY, DateRange.ALL, Adjustment.RAW)
                        .column(PriceField.CLOSE))
                .containsExactly(100, 201, 202, 203);
        assertThat(store.actions(AAPL)).containsExactly(new Split(LocalDate.of(2024, 1, 3), 3, ActionOrigin.PROVIDED));
        assertThat(store.coverage(AAPL))
                .extracting(CoverageRecord::source, CoverageRecord::range)
                .containsExactly(
                        tuple("csv", new DateRange(JAN_2, LocalDate.of(2024, 1, 5))),
                        tuple("yahoo", new DateRange(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 6))));
    }

    @Test
    void shouldStoreNothingOfABatchWithAnInvalidBar() {
        store.importBars(BarImport.of(
                TestBars.equity("AAPL"),
                Interval.ONE_DAY,
                TestBars.rising(TestBars.NEW_YORK, JAN_2, 3),
                List.of(new CashDividend(JAN_2.plusDays(1), 0.5, ActionOrigin.PROVIDED)),
                "yahoo"));
        StoreSnapshot before = StoreSnapshot.of(store);
        int n = 2_500;
        double[] close = new double[n];
        double[] high = new double[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = JAN_2.plusDays(i).atStartOfDay(TestBars.NEW_YORK).toEpochSecond();
            close[i] = 50 + i;
            high[i] = i == n - 10 ? close[i] - 1 : close[i] + 1;
        }
        BarSeries badLate = BarSeries.of(times, close, high, close, close, close);
        Asset renamed = Asset.of(AssetClass.ETF, AAPL, "Not Apple", "EUR", "XETRA", TestBars.NEW_YORK);

        assertThatThrownBy(() -> store.importBars(BarImport.of(
                        renamed,
                        Interval.ONE_DAY,
                        badLate,
                        List.of(new Split(JAN_2, 2, ActionOrigin.PROVIDED)),
                        "yahoo")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("AAPL")
                .hasMessageContaining(store.file().toString())
                .hasMessageContaining("CHECK constraint failed");

        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
        assertThat(before.barCount()).isEqualTo(3);
    }

    @Test
    void shouldRejectPricesThatAreNotPositive() {
        BarSeries zeroOpen = BarSeries.of(
                new long[] {JAN_2.atStartOfDay(TestBars.NEW_YORK).toEpochSecond()},
                new double[] {0},
                new double[] {2},
                new double[] {1},
                new double[] {1.5},
                new double[] {100});

        assertThatThrownBy(() -> store.importBars(
                        BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, zeroOpen, List.of(), "csv")))
                .isInstanceOf(StoreException.class);
        assertThat(store.assets()).isEmpty();
    }

    @Test
    void shouldStoreAnAssetAndItsActionsWithoutCoverageWhenABatchHasNoBars() {
        List<CorporateAction> actions = List.of(new Split(JAN_2, 2, ActionOrigin.PROVIDED));

        ImportReport report = store.importBars(
                BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, BarSeries.empty(), actions, "yahoo"));

        assertThat(report).isEqualTo(new ImportReport(AAPL, 0, 1));
        assertThat(store.actions(AAPL)).isEqualTo(actions);
        assertThat(store.coverage(AAPL)).isEmpty();
    }

    @Test
    void shouldRecordTheFetchedRangeAsCoverageEvenWhenItsEdgesHoldNoBars() {
        LocalDate saturday = LocalDate.of(2023, 12, 30);
        LocalDate sunday = LocalDate.of(2024, 1, 7);
        BarSeries bars = TestBars.daily(TestBars.NEW_YORK, JAN_2, 100, 101, 102, 103, 104);

        store.importBars(
                BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, bars, List.of(), "yahoo"),
                new DateRange(saturday, sunday));

        assertThat(store.coverage(AAPL))
                .containsExactly(
                        new CoverageRecord(AAPL, Interval.ONE_DAY, new DateRange(saturday, sunday), "yahoo", NOW));
    }

    @Test
    void shouldRecordCoverageOfAFetchedRangeWithoutBars() {
        DateRange weekend = new DateRange(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 1, 8));

        ImportReport report = store.importBars(
                BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, BarSeries.empty(), List.of(), "yahoo"),
                weekend);

        assertThat(report).isEqualTo(new ImportReport(AAPL, 0, 0));
        assertThat(store.coverage(AAPL)).extracting(CoverageRecord::range).containsExactly(weekend);
    }

    @Test
    void shouldStoreBarsWithoutCoverageWhenTheFetchedRangeIsEmpty() {
        BarSeries today = TestBars.daily(TestBars.NEW_YORK, JAN_2, 100);

        ImportReport report = store.importBars(
                BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, today, List.of(), "yahoo"),
                new DateRange(JAN_2, JAN_2));

        assertThat(report).isEqualTo(new ImportReport(AAPL, 1, 0));
        assertThat(store.coverage(AAPL)).isEmpty();
    }

    @Test
    void shouldRefuseAnOpenEndedFetchedRange() {
        BarImport batch =
                BarImport.of(TestBars.equity("AAPL"), Interval.ONE_DAY, BarSeries.empty(), List.of(), "yahoo");

        assertThatThrownBy(() -> store.importBars(batch, DateRange.closed(JAN_2, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bounded");
        assertThat(store.assets()).isEmpty();
    }
}
