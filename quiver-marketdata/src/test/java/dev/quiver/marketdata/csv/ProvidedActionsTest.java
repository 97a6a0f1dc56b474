package dev.quiver.marketdata.csv;

import static dev.quiver.marketdata.csv.support.PriceFiles.NEW_YORK;
import static dev.quiver.marketdata.csv.support.PriceFiles.bundled;
import static dev.quiver.marketdata.csv.support.PriceFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.series.PriceField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvidedActionsTest {

    private static final String ZIPLINE = "date,open,high,low,close,volume,dividend,split\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AAPL_events_2012-2014.csv, 10, 1",
        "KO.csv,                    12, 1",
        "MSFT.csv,                  12, 0",
        "IBM.csv,                   12, 0",
        "CALM.csv,                  10, 0",
        "EWG.csv,                    5, 0"
    })
    void shouldTakeEveryEventOfTheEventColumns(String name, int dividends, int splits) {
        List<CorporateAction> actions =
                CsvBarReader.read(bundled(name), NEW_YORK).actions();

        assertThat(actions).filteredOn(CashDividend.class::isInstance).hasSize(dividends);
        assertThat(actions).filteredOn(Split.class::isInstance).hasSize(splits);
        assertThat(actions).extracting(CorporateAction::origin).containsOnly(ActionOrigin.PROVIDED);
    }

    @Test
    void shouldReadZiplineSplitsAsNewSharesPerOldShare() {
        assertThat(splits("AAPL_events_2012-2014.csv"))
                .containsExactly(new Split(LocalDate.of(2014, 6, 9), 7.0, ActionOrigin.PROVIDED));
        assertThat(splits("KO.csv")).containsExactly(new Split(LocalDate.of(2012, 8, 13), 2.0, ActionOrigin.PROVIDED));
    }

    @Test
    void shouldTurnSplitAdjustedDividendsIntoAmountsAsPaid() {
        List<CorporateAction> aapl = CsvBarReader.read(bundled("AAPL_events_2012-2014.csv"), NEW_YORK)
                .actions();
        List<CorporateAction> ko =
                CsvBarReader.read(bundled("KO.csv"), NEW_YORK).actions();

        assertThat(dividendOn(aapl, "2012-08-09")).isCloseTo(0.37857 * 7, within(1e-12));
        assertThat(dividendOn(aapl, "2014-05-08")).isCloseTo(3.29, within(1e-12));
        assertThat(dividendOn(aapl, "2014-08-07")).isEqualTo(0.47);
        assertThat(dividendOn(ko, "2012-06-13")).isCloseTo(0.51, within(1e-12));
        assertThat(dividendOn(ko, "2012-09-12")).isEqualTo(0.255);
    }

    @Test
    void shouldTakeYfinanceDividendsAsTheyAre() {
        List<CorporateAction> calm =
                CsvBarReader.read(bundled("CALM.csv"), NEW_YORK).actions();
        List<CorporateAction> ewg =
                CsvBarReader.read(bundled("EWG.csv"), NEW_YORK).actions();

        assertThat(dividendOn(calm, "2023-04-25")).isEqualTo(2.199);
        assertThat(dividendOn(calm, "2023-10-31")).isEqualTo(0.006);
        assertThat(dividendOn(ewg, "2022-06-09")).isEqualTo(0.792);
        assertThat(dividendOn(ewg, "2023-12-20")).isEqualTo(0.002);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AAPL_events_2012-2014.csv, 7", "KO.csv, 2"})
    void shouldReconstructRawPricesWhoseSplitViewIsTheFile(String name, double ratio) throws IOException {
        Path file = bundled(name);
        CsvBars read = CsvBarReader.read(file, NEW_YORK);
        BarSeries raw = read.bars();
        List<String[]> rows =
                Files.readAllLines(file).stream().skip(1).map(l -> l.split(",")).toList();

        BarSeries split = PriceAdjuster.adjust(raw, read.actions(), Adjustment.SPLIT, NEW_YORK);

        assertThat(raw.value(PriceField.CLOSE, 0)).isCloseTo(Double.parseDouble(rows.get(0)[4]) * ratio, within(1e-9));
        assertThat(raw.value(PriceField.VOLUME, 0)).isCloseTo(Double.parseDouble(rows.get(0)[5]) / ratio, within(1e-6));
        for (int i = 0; i < rows.size(); i++) {
            for (PriceField field : PriceField.values()) {
                double expected = Double.parseDouble(rows.get(i)[1 + field.ordinal()]);
                assertThat(split.value(field, i)).isCloseTo(expected, within(expected * 1e-12));
            }
        }
    }

    @Test
    void shouldLeaveRawPricesAroundASplitAsTheyAre() {
        Path file = write(
                dir, "X.csv", ZIPLINE + "2021-03-01,100,100,100,100,10,0,1\n" + "2021-03-02,51,51,51,51,20,0,2\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.bars().value(PriceField.CLOSE, 0)).isEqualTo(100);
        assertThat(read.bars().value(PriceField.VOLUME, 0)).isEqualTo(10);
        assertThat(read.actions()).containsExactly(new Split(LocalDate.of(2021, 3, 2), 2.0, ActionOrigin.PROVIDED));
    }

    @Test
    void shouldRecogniseTheInverseConventionFromRawPrices() {
        Path file = write(
                dir, "X.csv", ZIPLINE + "2021-03-01,100,100,100,100,10,0,1\n" + "2021-03-02,51,51,51,51,20,0,0.5\n");

        assertThat(CsvBarReader.read(file, NEW_YORK).actions())
                .containsExactly(new Split(LocalDate.of(2021, 3, 2), 2.0, ActionOrigin.PROVIDED));
    }

    @Test
    void shouldReadAReverseSplitOfRawPrices() {
        Path file = write(
                dir, "X.csv", ZIPLINE + "2021-03-01,1,1,1,1,1000,0,1\n" + "2021-03-02,9.8,9.8,9.8,9.8,90,0,0.1\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.actions()).containsExactly(new Split(LocalDate.of(2021, 3, 2), 0.1, ActionOrigin.PROVIDED));
        assertThat(read.bars().value(PriceField.CLOSE, 0)).isEqualTo(1);
    }

    @Test
    void shouldAddCapitalGainsToTheDividendOfTheSameDay() {
        Path file = write(
                dir,
                "X.csv",
                "Datetime,Open,High,Low,Close,Adj Close,Volume,Dividends,Stock Splits,Capital Gains\n"
                        + "2021-03-01 00:00:00-05:00,40,40,40,40,39,5,0.0,0.0,0.0\n"
                        + "2021-03-02 00:00:00-05:00,40,40,40,40,40,5,0.5,0.0,0.25\n"
                        + "2021-03-03 00:00:00-05:00,40,40,40,40,40,5,0.0,0.0,0.1\n");

        assertThat(CsvBarReader.read(file, NEW_YORK).actions())
                .containsExactly(
                        new CashDividend(LocalDate.of(2021, 3, 2), 0.75, ActionOrigin.PROVIDED),
                        new CashDividend(LocalDate.of(2021, 3, 3), 0.1, ActionOrigin.PROVIDED));
    }

    @Test
    void shouldRejectADividendNotSmallerThanTheCloseBeforeIt() {
        Path file = write(dir, "X.csv", ZIPLINE + "2021-03-01,10,10,10,10,1,0,1\n" + "2021-03-02,10,10,10,10,1,10,1\n");

        assertThatThrownBy(() -> CsvBarReader.read(file, NEW_YORK))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("X.csv:3: column 'dividend': distribution of 10.0 is not smaller than the close before it");
    }

    private static List<CorporateAction> splits(String name) {
        return CsvBarReader.read(bundled(name), NEW_YORK).actions().stream()
                .filter(Split.class::isInstance)
                .toList();
    }

    private static double dividendOn(List<CorporateAction> actions, String date) {
        return actions.stream()
                .filter(a -> a instanceof CashDividend && a.exDate().equals(LocalDate.parse(date)))
                .mapToDouble(a -> ((CashDividend) a).amount())
                .findFirst()
                .orElseThrow();
    }
}
