package dev.quiver.marketdata.csv;

import static dev.quiver.marketdata.csv.support.PriceFiles.NEW_YORK;
import static dev.quiver.marketdata.csv.support.PriceFiles.bundled;
import static dev.quiver.marketdata.csv.support.PriceFiles.date;
import static dev.quiver.marketdata.csv.support.PriceFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.core.series.Bar;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.marketdata.csv.support.PriceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvBarReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AAPL.csv,                      YAHOO_MODERN,     3379, 2004-08-19, 2018-01-19",
        "GOOG.csv,                      YAHOO_MODERN,     3379, 2004-08-19, 2018-01-19",
        "INTC.csv,                      YAHOO_MODERN,     2335, 1995-01-03, 2004-04-08",
        "SPY.csv,                       YAHOO_MODERN,     2519, 2007-12-31, 2017-12-29",
        "AAPL_unadjusted_2000-2016.csv, YAHOO_ICHART,     4026, 2000-01-03, 2016-01-04",
        "SPY_2000-2016.csv,             YAHOO_ICHART,     4026, 2000-01-03, 2016-01-04",
        "AGG.csv,                       YAHOO_ICHART,     2505, 2006-11-01, 2016-10-13",
        "GSPC.csv,                      YAHOO_ICHART,     1629, 2010-01-04, 2016-06-22",
        "AAPL_events_2012-2014.csv,     ZIPLINE_CSVDIR,    754, 2012-01-03, 2014-12-31",
        "MSFT.csv,                      ZIPLINE_CSVDIR,    754, 2012-01-03, 2014-12-31",
        "IBM.csv,                       ZIPLINE_CSVDIR,    754, 2012-01-03, 2014-12-31",
        "KO.csv,                        ZIPLINE_CSVDIR,    754, 2012-01-03, 2014-12-31",
        "CALM.csv,                      YFINANCE_HISTORY,  662, 2022-01-03, 2024-08-21",
        "EWG.csv,                       YFINANCE_HISTORY,  662, 2022-01-03, 2024-08-21"
    })
    void shouldReadEveryBundledFileInAscendingOrder(
            String name, CsvLayout layout, int rows, LocalDate first, LocalDate last) {
        CsvBars read = CsvBarReader.read(bundled(name), NEW_YORK);

        BarSeries bars = read.bars();
        assertThat(read.layout()).isEqualTo(layout);
        assertThat(bars.size()).isEqualTo(rows);
        assertThat(date(bars.time(0))).isEqualTo(first);
        assertThat(date(bars.time(rows - 1))).isEqualTo(last);
        assertThat(bars.time(0)).isEqualTo(first.atStartOfDay(NEW_YORK).toEpochSecond());
    }

    @Test
    void shouldKeepYahooModernPricesAndAdjustedCloseAsWritten() {
        CsvBars read = CsvBarReader.read(bundled("AAPL.csv"), NEW_YORK);

        assertThat(read.bars().bar(0)).isEqualTo(bar("2004-08-19", 2.250714, 2.275714, 2.168571, 2.193571, 97230000));
        assertThat(read.providerAdjustedClose()[0]).isEqualTo(1.966391);
        assertThat(read.bars().value(PriceField.CLOSE, 3378)).isEqualTo(178.460007);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void shouldKeepTheFilesOwnSplitAdjustedPricesBesideTheReconstructedRawOnes() {
        CsvBars read = CsvBarReader.read(bundled("AAPL_events_2012-2014.csv"), NEW_YORK);

        assertThat(read.asStated().bar(0))
                .isEqualTo(bar("2012-01-03", 58.485714, 58.92857, 58.42857, 58.747143, 75555200));
        assertThat(read.bars().value(PriceField.CLOSE, 0)).isCloseTo(58.747143 * 7, within(1e-9));
    }

    @Test
    void shouldStateRawFilesAsTheyAre() {
        CsvBars read = CsvBarReader.read(bundled("AAPL_unadjusted_2000-2016.csv"), NEW_YORK);

        assertThat(read.asStated()).isSameAs(read.bars());
    }

    @Test
    void shouldTurnNewestFirstIchartFilesAroundAndAlignTheAdjustedClose() {
        CsvBars read = CsvBarReader.read(bundled("AAPL_unadjusted_2000-2016.csv"), NEW_YORK);

        assertThat(read.bars().bar(0))
                .isEqualTo(bar("2000-01-03", 104.874997, 112.499998, 101.687501, 111.937502, 133949200));
        assertThat(read.bars().bar(4025))
                .isEqualTo(bar("2016-01-04", 102.610001, 105.370003, 102.00, 105.349998, 67649400));
        double[] adj = read.providerAdjustedClose();
        assertThat(adj[0]).isEqualTo(3.641362);
        assertThat(adj[4025]).isEqualTo(103.057063);
    }

    @Test
    void shouldReadIndexVolumesBeyondTheIntRange() {
        CsvBars read = CsvBarReader.read(bundled("GSPC.csv"), NEW_YORK);

        assertThat(read.bars().bar(0))
                .isEqualTo(bar("2010-01-04", 1116.560059, 1133.869995, 1116.560059, 1132.98999, 3991400000.0));
    }

    @Test
    void shouldTakeTheSessionDateOfYfinanceTimestampsAsWritten() {
        CsvBars read = CsvBarReader.read(bundled("CALM.csv"), NEW_YORK);

        assertThat(read.bars().bar(0))
                .isEqualTo(bar(
                        "2022-01-03",
                        37.029998779296875,
                        37.7599983215332,
                        36.31999969482422,
                        37.70000076293945,
                        707800));
        assertThat(read.providerAdjustedClose()[0]).isEqualTo(32.6307373046875);
    }

    @Test
    void shouldTimeBarsAtMidnightInTheGivenZone() {
        CsvBars read = CsvBarReader.read(bundled("CALM.csv"), ZoneOffset.UTC);

        assertThat(read.bars().time(0))
                .isEqualTo(LocalDate.parse("2022-01-03")
                        .atStartOfDay(ZoneOffset.UTC)
                        .toEpochSecond());
    }

    @Test
    void shouldReadTheMinimalLayoutInAnyColumnOrderAndCase() {
        Path file = write(
                dir,
                "X.csv",
                "close,VOLUME,date,Low,HIGH,open\n"
                        + "10.5,1200,2021-03-02,9.5,11,10\n"
                        + "10.75,900,2021-03-01,10,11,10.5\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.layout()).isEqualTo(CsvLayout.MINIMAL);
        assertThat(read.bars().bar(0)).isEqualTo(bar("2021-03-01", 10.5, 11, 10, 10.75, 900));
        assertThat(read.bars().bar(1)).isEqualTo(bar("2021-03-02", 10, 11, 9.5, 10.5, 1200));
        assertThat(read.providerAdjustedClose()).isNull();
        assertThat(read.actions()).isEmpty();
    }

    @Test
    void shouldGiveNaNVolumesWhenTheHeaderHasNoVolume() {
        Path file = write(dir, "X.csv", "Date,Open,High,Low,Close\n2021-03-01,10,11,9,10.5\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.bars().value(PriceField.VOLUME, 0)).isNaN();
    }

    @Test
    void shouldTolerateByteOrderMarkCrLfAndNoFinalLineBreak() {
        Path file = write(
                dir,
                "X.csv",
                "\uFEFFDate,Open,High,Low,Close,Volume\r\n2021-03-01,10,11,9,10.5,100\r\n2021-03-02,10,11,9,10,50");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.bars().size()).isEqualTo(2);
        assertThat(read.bars().bar(1)).isEqualTo(bar("2021-03-02", 10, 11, 9, 10, 50));
    }

    @Test
    void shouldTolerateBlankLinesAtTheEnd() {
        Path file = write(dir, "X.csv", "Date,Open,High,Low,Close\n2021-03-01,10,11,9,10.5\n\n\r\n");

        assertThat(CsvBarReader.read(file, NEW_YORK).bars().size()).isEqualTo(1);
    }

    @Test
    void shouldWarnAboutColumnsItIgnores() {
        Path file = write(dir, "X.csv", "Date,Open,High,Low,Close,Ticker\n2021-03-01,10,11,9,10.5,XYZ\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.warnings())
                .containsExactly(new CsvWarning(file, 1, "column 'Ticker' is not one this reader knows; ignored"));
    }

    @Test
    void shouldReadTheBiggestBundledFileInWellUnder100Milliseconds() throws IOException {
        Path biggest;
        try (Stream<Path> files = Files.list(bundled(""))) {
            biggest = files.max(Comparator.comparingLong(PriceFiles::size)).orElseThrow();
        }
        for (int i = 0; i < 30; i++) {
            CsvBarReader.read(biggest, NEW_YORK);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            CsvBarReader.read(biggest, NEW_YORK);
            best = Math.min(best, System.nanoTime() - start);
        }

        assertThat(best).isLessThan(Duration.ofMillis(40).toNanos());
    }

    private static Bar bar(String date, double open, double high, double low, double close, double volume) {
        return new Bar(LocalDate.parse(date).atStartOfDay(NEW_YORK).toInstant(), open, high, low, close, volume);
    }
}
