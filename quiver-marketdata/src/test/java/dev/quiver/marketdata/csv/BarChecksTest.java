package dev.quiver.marketdata.csv;

import static dev.quiver.marketdata.csv.support.PriceFiles.NEW_YORK;
import static dev.quiver.marketdata.csv.support.PriceFiles.bundled;
import static dev.quiver.marketdata.csv.support.PriceFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.series.PriceField;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarChecksTest {

    private static final String HEADER = "Date,Open,High,Low,Close,Volume\n";

    @TempDir
    Path dir;

    @Test
    void shouldRejectAHighBelowTheLow() {
        Path file = write(dir, "X.csv", HEADER + "2021-03-01,10,11,9,10,1\n" + "2021-03-02,10,9.5,10.5,10,1\n");

        assertThatThrownBy(() -> CsvBarReader.read(file, NEW_YORK))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("X.csv:3: column 'High': high 9.5 is below low 10.5");
    }

    @Test
    void shouldRejectAnOpenOrCloseFarOutsideTheRange() {
        Path open = write(dir, "O.csv", HEADER + "2021-03-01,8,11,9,10,1\n");
        Path close = write(dir, "C.csv", HEADER + "2021-03-01,10,11,9,11.2,1\n");

        assertThatThrownBy(() -> CsvBarReader.read(open, NEW_YORK))
                .hasMessage("O.csv:2: column 'Open': open 8.0 is below low 9.0 by more than 1.0%");
        assertThatThrownBy(() -> CsvBarReader.read(close, NEW_YORK))
                .hasMessage("C.csv:2: column 'Close': close 11.2 is above high 11.0 by more than 1.0%");
    }

    @Test
    void shouldKeepYahoosSlightlyOutOfRangeOpensOfSpyWithAWarning() {
        Path spy = bundled("SPY.csv");

        CsvBars read = CsvBarReader.read(spy, NEW_YORK);

        assertThat(read.warnings())
                .containsExactly(
                        new CsvWarning(spy, 1808, "open 209.419998 is below low 209.850006 (by 0.20%); kept as given"),
                        new CsvWarning(spy, 1825, "open 205.740005 is below low 206.960007 (by 0.59%); kept as given"));
        assertThat(read.bars().value(PriceField.OPEN, 1806)).isEqualTo(209.419998);
    }
}
