package dev.quiver.marketdata.csv;

import static dev.quiver.marketdata.csv.support.PriceFiles.NEW_YORK;
import static dev.quiver.marketdata.csv.support.PriceFiles.bundled;
import static dev.quiver.marketdata.csv.support.PriceFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JumpCheckTest {

    @TempDir
    Path dir;

    @Test
    void shouldWarnAboutAaplsCrashButNotItsSplits() {
        Path file = bundled("AAPL_unadjusted_2000-2016.csv");

        CsvBars read = CsvBarReader.read(file, NEW_YORK);

        assertThat(read.warnings())
                .containsExactly(new CsvWarning(
                        file,
                        3839,
                        "close moves from 53.5 to 25.75 (x0.481), no split is recorded on that date; kept as a"
                                + " real price move"));
    }

    @Test
    void shouldWarnAboutASplitSizedMoveInAFileWithoutActions() {
        Path file = write(dir, "X.csv", "Date,Open,High,Low,Close\n2021-03-01,10,10,10,10\n2021-03-02,19,19,19,19\n");

        assertThat(CsvBarReader.read(file, NEW_YORK).warnings())
                .extracting(CsvWarning::line, CsvWarning::message)
                .containsExactly(tuple(
                        3,
                        "close moves from 10.0 to 19.0 (x1.900), no split is recorded on that date; kept as a real"
                                + " price move"));
    }

    @Test
    void shouldStayQuietAboutLargeMovesBelowSplitSize() {
        Path file =
                write(dir, "X.csv", "Date,Open,High,Low,Close\n2021-03-01,10,10,10,10\n2021-03-02,5.6,5.6,5.6,5.6\n");

        assertThat(CsvBarReader.read(file, NEW_YORK).warnings()).isEmpty();
    }

    @Test
    void shouldWarnWhenAProvidedSplitLeavesASplitSizedMove() {
        Path file = write(
                dir,
                "X.csv",
                "date,open,high,low,close,volume,dividend,split\n" + "2021-03-01,100,100,100,100,1,0,1\n"
                        + "2021-03-02,25,25,25,25,1,0,2\n");

        assertThat(CsvBarReader.read(file, NEW_YORK).warnings())
                .extracting(CsvWarning::message)
                .containsExactly("close moves from 100.0 to 25.0 (x0.500), even after the split of 2.0 on that date;"
                        + " kept as a real price move");
    }
}
