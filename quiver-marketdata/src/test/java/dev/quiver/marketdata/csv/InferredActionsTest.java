package dev.quiver.marketdata.csv;

import static dev.quiver.marketdata.csv.support.PriceFiles.NEW_YORK;
import static dev.quiver.marketdata.csv.support.PriceFiles.bundled;
import static dev.quiver.marketdata.csv.support.PriceFiles.date;
import static dev.quiver.marketdata.csv.support.PriceFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.series.PriceField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferredActionsTest {

    private static final String ICHART = "Date,Open,High,Low,Close,Volume,Adj Close\n";

    @TempDir
    Path dir;

    @Test
    void shouldInferAaplsThreeSplitsFromRawPricesAndNotTheCrash() {
        CsvBars read = CsvBarReader.read(bundled("AAPL_unadjusted_2000-2016.csv"), NEW_YORK);

        assertThat(read.actions())
                .filteredOn(Split.class::isInstance)
                .containsExactly(
                        new Split(LocalDate.of(2000, 6, 21), 2.0, ActionOrigin.INFERRED),
                        new Split(LocalDate.of(2005, 2, 28), 2.0, ActionOrigin.INFERRED),
                        new Split(LocalDate.of(2014, 6, 9), 7.0, ActionOrigin.INFERRED));
    }

    @Test
    void shouldInferAaplsDividendsAsPaid() {
        List<CorporateAction> actions = CsvBarReader.read(bundled("AAPL_unadjusted_2000-2016.csv"), NEW_YORK)
                .actions();

        List<CashDividend> dividends = dividends(actions);
        assertThat(dividends).hasSize(14).extracting(CashDividend::origin).containsOnly(ActionOrigin.INFERRED);
        assertThat(dividends.get(0).exDate()).isEqualTo(LocalDate.of(2012, 8, 9));
        assertThat(dividends.get(0).amount()).isCloseTo(2.65, within(1e-4));
        assertThat(dividends.get(7).amount()).isCloseTo(3.29, within(1e-4));
        assertThat(dividends.get(13).exDate()).isEqualTo(LocalDate.of(2015, 11, 5));
        assertThat(dividends.get(13).amount()).isCloseTo(0.52, within(1e-4));
    }

    @Test
    void shouldAgreeWithTheDividendsAnotherSourceStates() {
        List<CashDividend> inferred = dividends(CsvBarReader.read(bundled("AAPL_unadjusted_2000-2016.csv"), NEW_YORK)
                .actions());
        List<CashDividend> provided = dividends(CsvBarReader.read(bundled("AAPL_events_2012-2014.csv"), NEW_YORK)
                .actions());

        assertThat(provided).hasSize(10);
        for (int i = 0; i < provided.size(); i++) {
            assertThat(inferred.get(i).exDate()).isEqualTo(provided.get(i).exDate());
            assertThat(inferred.get(i).amount()).isCloseTo(provided.get(i).amount(), within(1e-4));
        }
    }

    @Test
    void shouldLeaveNoSplitSizedJumpInTheSplitViewButTheRealCrash() {
        CsvBars read = CsvBarReader.read(bundled("AAPL_unadjusted_2000-2016.csv"), NEW_YORK);
        BarSeries split = PriceAdjuster.adjust(read.bars(), read.actions(), Adjustment.SPLIT, NEW_YORK);

        List<LocalDate> jumps = new ArrayList<>();
        for (int i = 1; i < split.size(); i++) {
            double move = split.value(PriceField.CLOSE, i) / split.value(PriceField.CLOSE, i - 1);
            if (move < JumpCheck.LOW || move > JumpCheck.HIGH) {
                jumps.add(date(split.time(i)));
            }
        }

        assertThat(jumps).containsExactly(LocalDate.of(2000, 9, 29));
    }

    @Test
    void shouldInferOnlyDividendsFromSplitAdjustedYahooPrices() {
        CsvBars read = CsvBarReader.read(bundled("AAPL.csv"), NEW_YORK);

        assertThat(read.actions()).hasSize(22).allMatch(CashDividend.class::isInstance);
        assertThat(dividends(read.actions()).get(0).exDate()).isEqualTo(LocalDate.of(2012, 8, 9));
        assertThat(dividends(read.actions()).get(0).amount()).isCloseTo(2.65 / 7, within(1e-5));
    }

    @Test
    void shouldInferNothingWhereTheAdjustedCloseEqualsTheClose() {
        assertThat(CsvBarReader.read(bundled("GOOG.csv"), NEW_YORK).actions()).isEmpty();
        assertThat(CsvBarReader.read(bundled("GSPC.csv"), NEW_YORK).actions()).isEmpty();
    }

    @Test
    void shouldInferASplitAndADividendOnTheSameDay() {
        // 2:1 split and a 0.25 dividend (per new share) on 2021-03-03: r before = 0.5 * (1 - 0.25 / 50)
        Path file = write(
                dir,
                "X.csv",
                ICHART + "2021-03-04,51,51,51,51,1,51\n" + "2021-03-03,50.5,50.5,50.5,50.5,1,50.5\n"
                        + "2021-03-02,100,100,100,100,1,49.75\n" + "2021-03-01,99,99,99,99,1,49.2525\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.actions()).hasSize(2);
        assertThat(read.actions().get(0)).isEqualTo(new Split(LocalDate.of(2021, 3, 3), 2.0, ActionOrigin.INFERRED));
        assertThat(((CashDividend) read.actions().get(1)).amount()).isCloseTo(0.25, within(1e-12));
        BarSeries total = PriceAdjuster.adjust(read.bars(), read.actions(), Adjustment.TOTAL, NEW_YORK);
        assertThat(total.value(PriceField.CLOSE, 0)).isCloseTo(49.2525, within(1e-12));
    }

    @Test
    void shouldWarnAboutAStepOfTheAdjustedCloseThatIsNeitherSplitNorDividend() {
        Path file =
                write(dir, "X.csv", ICHART + "2021-03-02,100,100,100,100,1,100\n" + "2021-03-01,99,99,99,99,1,99.5\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.actions()).isEmpty();
        assertThat(read.warnings())
                .containsExactly(new CsvWarning(
                        file,
                        2,
                        "Adj Close / Close changes by a factor of 0.994975, which is neither a split nor a"
                                + " dividend; no action inferred"));
    }

    @Test
    void shouldNotTakeAStepOfTheAdjustedCloseWithoutAPriceJumpForASplit() {
        Path file =
                write(dir, "X.csv", ICHART + "2021-03-02,100,100,100,100,1,100\n" + "2021-03-01,99,99,99,99,1,49.5\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.actions()).isEmpty();
        assertThat(read.warnings())
                .singleElement()
                .satisfies(
                        w -> assertThat(w.message()).startsWith("Adj Close / Close changes by a factor of 2.000000"));
    }

    @Test
    void shouldNotInferADividendFromAStepThatDriftingNoiseCancels() {
        // each row-to-row change is below the noise threshold except the one into 2021-03-04,
        // but the stretch after it averages below the stretch before it
        Path file = write(
                dir,
                "X.csv",
                ICHART + "2021-03-08,100,100,100,100,1,99.9973\n" + "2021-03-05,100,100,100,100,1,99.99825\n"
                        + "2021-03-04,100,100,100,100,1,99.9992\n" + "2021-03-03,100,100,100,100,1,99.99795\n"
                        + "2021-03-02,100,100,100,100,1,99.9989\n" + "2021-03-01,100,100,100,100,1,99.99985\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.actions()).isEmpty();
        assertThat(read.warnings()).extracting(CsvWarning::line).containsExactly(4);
    }

    private static List<CashDividend> dividends(List<CorporateAction> actions) {
        return actions.stream()
                .filter(CashDividend.class::isInstance)
                .map(CashDividend.class::cast)
                .toList();
    }
}
