package dev.quiver.marketdata.csv;

import static dev.quiver.marketdata.csv.support.PriceFiles.NEW_YORK;
import static dev.quiver.marketdata.csv.support.PriceFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files are rejected with the file, line and column at fault (through the public reader). */
class TableParserTest {

    private static final String HEADER = "Date,Open,High,Low,Close,Volume\n";
    private static final String ROW_1 = "2021-03-01,10,11,9,10.5,100\n";

    @TempDir
    Path dir;

    @Test
    void shouldNameLineAndColumnOfACellThatIsNotANumber() {
        CsvFormatException e = rejected(HEADER + ROW_1 + "2021-03-02,10,11,oops,10.5,100\n");

        assertThat(e).hasMessage("AAPL.csv:3: column 'Low': 'oops' is not a number");
        assertThat(e.file()).isEqualTo(dir.resolve("AAPL.csv"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("Low");
    }

    @Test
    void shouldRejectEmptyAndNullCellsInRequiredColumns() {
        assertThat(rejected(HEADER + "2021-03-01,10,11,9,,100\n")).hasMessage("AAPL.csv:2: column 'Close': empty cell");
        assertThat(rejected(HEADER + "2021-03-01,null,11,9,10,100\n"))
                .hasMessage("AAPL.csv:2: column 'Open': 'null' is not a number");
    }

    @Test
    void shouldRejectAnEmptyVolumeCellWhenTheHeaderHasVolume() {
        assertThat(rejected(HEADER + "2021-03-01,10,11,9,10,\n")).hasMessage("AAPL.csv:2: column 'Volume': empty cell");
    }

    @Test
    void shouldRejectNumbersThatJavaWouldParseButACsvShouldNotHold() {
        assertThat(rejected(HEADER + "2021-03-01,NaN,11,9,10,1\n")).hasMessageEndingWith("'NaN' is not a number");
        assertThat(rejected(HEADER + "2021-03-01,10d,11,9,10,1\n")).hasMessageEndingWith("'10d' is not a number");
        assertThat(rejected(HEADER + "2021-03-01,1e999,11,9,10,1\n")).hasMessageEndingWith("'1e999' is not a number");
    }

    @Test
    void shouldNameTheHeaderLineWhenARequiredColumnIsMissing() {
        CsvFormatException e = rejected("Date,Open,High,Close,Volume\n2021-03-01,10,11,10,100\n");

        assertThat(e).hasMessage("AAPL.csv:1: the header lacks column 'low' (header: Date,Open,High,Close,Volume)");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isNull();
    }

    @Test
    void shouldRejectAColumnNamedTwice() {
        assertThat(rejected("Date,Open,High,Low,Close,close\n"))
                .hasMessage("AAPL.csv:1: column 'close': the header names this column twice (also as 'Close')");
    }

    @Test
    void shouldRejectALastRowCutShort() {
        CsvFormatException e = rejected(HEADER + ROW_1 + "2021-03-02,10,11");

        assertThat(e).hasMessage("AAPL.csv:3: row has 3 of the header's 6 cells (truncated?)");
    }

    @Test
    void shouldRejectARowWithMoreCellsThanTheHeader() {
        assertThat(rejected(HEADER + "2021-03-01,10,11,9,10,100,7\n"))
                .hasMessage("AAPL.csv:2: row has more cells than the header's 6");
    }

    @Test
    void shouldRejectNonPositivePricesAndNegativeVolumes() {
        assertThat(rejected(HEADER + "2021-03-01,10,11,-9,10,100\n"))
                .hasMessage("AAPL.csv:2: column 'Low': -9 is not a positive price");
        assertThat(rejected(HEADER + "2021-03-01,0,11,9,10,100\n"))
                .hasMessage("AAPL.csv:2: column 'Open': 0 is not a positive price");
        assertThat(rejected(HEADER + "2021-03-01,10,11,9,10,-100\n"))
                .hasMessage("AAPL.csv:2: column 'Volume': -100 is negative");
    }

    @Test
    void shouldRejectDatesThatAreNotIsoOrDoNotExist() {
        assertThat(rejected(HEADER + "03/01/2021,10,11,9,10,100\n"))
                .hasMessage("AAPL.csv:2: column 'Date': '03/01/2021' is not a date (yyyy-MM-dd, optionally with a"
                        + " time and offset)");
        assertThat(rejected(HEADER + "2021-02-30,10,11,9,10,100\n")).hasMessageContaining("'2021-02-30' is not a date");
        assertThat(rejected(HEADER + "2021-02-03 noon,10,11,9,10,100\n"))
                .hasMessageContaining("'2021-02-03 noon' is not a date");
    }

    @Test
    void shouldRejectAnEmptyFile() {
        assertThat(rejected("")).hasMessage("AAPL.csv:1: the file is empty");
        assertThat(rejected("\uFEFF\n")).hasMessage("AAPL.csv:1: the file is empty");
    }

    @Test
    void shouldRejectAHeaderWithoutRows() {
        assertThat(rejected(HEADER)).hasMessage("AAPL.csv:1: the file has a header but no rows");
    }

    @Test
    void shouldRejectQuotedCellsRatherThanMisreadThem() {
        assertThat(rejected(HEADER + ROW_1 + "\"2021-03-02\",10,11,9,10,100\n"))
                .hasMessage("AAPL.csv:3: quoted cells are not supported: expected plain comma-separated values");
    }

    @Test
    void shouldRejectABlankLineBetweenRows() {
        assertThat(rejected(HEADER + ROW_1 + "\n" + "2021-03-02,10,11,9,10,100\n"))
                .hasMessage("AAPL.csv:3: empty line between rows");
    }

    private CsvFormatException rejected(String content) {
        Path file = write(dir, "AAPL.csv", content);
        return catchThrowableOfType(CsvFormatException.class, () -> CsvBarReader.read(file, NEW_YORK));
    }
}
