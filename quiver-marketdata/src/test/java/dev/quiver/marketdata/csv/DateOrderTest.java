package dev.quiver.marketdata.csv;

import static dev.quiver.marketdata.csv.support.PriceFiles.NEW_YORK;
import static dev.quiver.marketdata.csv.support.PriceFiles.date;
import static dev.quiver.marketdata.csv.support.PriceFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.series.PriceField;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateOrderTest {

    private static final String HEADER = "Date,Open,High,Low,Close,Volume\n";

    @TempDir
    Path dir;

    @Test
    void shouldSortRowsInAnyOrderAndKeepEachRowTogether() {
        Path file = write(
                dir,
                "X.csv",
                HEADER + "2021-03-03,3,3,3,3,30\n" + "2021-03-01,1,1,1,1,10\n" + "2021-03-04,4,4,4,4,40\n"
                        + "2021-03-02,2,2,2,2,20\n");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        for (int i = 0; i < 4; i++) {
            assertThat(date(read.bars().time(i))).isEqualTo(LocalDate.of(2021, 3, 1 + i));
            assertThat(read.bars().value(PriceField.CLOSE, i)).isEqualTo(1.0 + i);
            assertThat(read.bars().value(PriceField.VOLUME, i)).isEqualTo(10.0 * (1 + i));
        }
    }

    @Test
    void shouldRejectADuplicateDateNamingBothLines() {
        Path file = write(
                dir,
                "X.csv",
                HEADER + "2021-03-02,2,2,2,2,20\n" + "2021-03-01,1,1,1,1,10\n" + "2021-03-02,2,2,2,2,20\n");

        assertThatThrownBy(() -> CsvBarReader.read(file, NEW_YORK))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("X.csv:4: column 'Date': duplicate date 2021-03-02 (also on line 2)");
    }

    @Test
    void shouldRejectTwoTimestampsOfOneSession() {
        Path file = write(
                dir,
                "X.csv",
                "Datetime,Open,High,Low,Close\n" + "2021-03-01 00:00:00-05:00,1,1,1,1\n"
                        + "2021-03-01 16:00:00-05:00,1,1,1,1\n");

        assertThatThrownBy(() -> CsvBarReader.read(file, NEW_YORK))
                .hasMessage("X.csv:3: column 'Datetime': duplicate date 2021-03-01 (also on line 2)");
    }
}
