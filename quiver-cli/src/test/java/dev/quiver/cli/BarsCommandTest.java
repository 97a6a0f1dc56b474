package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarsCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void importRawApple() {
        db = dir.resolve("q.db").toString();
        CliRun run =
                CliRun.of("import", "../data/prices/AAPL_unadjusted_2000-2016.csv", "--symbol", "AAPL", "--db", db);
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void shouldPrintRawBarsAsCsvWithinInclusiveDates() {
        CliRun run = CliRun.of("bars", "AAPL", "--from", "2014-06-06", "--to", "2014-06-09", "--db", db);

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("date,open,high,low,close,volume");
        assertThat(lines.get(1)).startsWith("2014-06-06,649.900002,651.259979,644.470024,645.570023,");
        assertThat(lines.get(2)).startsWith("2014-06-09,");
    }

    @Test
    void shouldRemoveTheSevenForOneSplitInTheSplitView() {
        CliRun run = CliRun.of(
                "bars", "AAPL", "--from", "2014-06-06", "--to", "2014-06-09", "--adjust", "split", "--db", db);

        List<String> lines = run.out().lines().toList();
        double before = Double.parseDouble(lines.get(1).split(",")[4]);
        double after = Double.parseDouble(lines.get(2).split(",")[4]);
        assertThat(before).isCloseTo(645.570023 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after / before).isBetween(0.95, 1.05);
    }

    @Test
    void shouldPrintJsonFrame() throws Exception {
        CliRun run =
                CliRun.of("bars", "AAPL", "--from", "2014-06-06", "--to", "2014-06-09", "--format", "json", "--db", db);

        JsonNode frame = new ObjectMapper().readTree(run.out());
        assertThat(frame.get("symbol").asText()).isEqualTo("AAPL");
        assertThat(frame.get("timestamps")).hasSize(2);
        assertThat(frame.get("timestamps").get(0).asText()).isEqualTo("2014-06-06");
        assertThat(frame.get("columns").get("close").get(0).asDouble()).isEqualTo(645.570023);
    }

    @Test
    void shouldRejectUnknownSymbol() {
        CliRun run = CliRun.of("bars", "NOPE", "--db", db);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("unknown symbol 'NOPE'");
    }

    @Test
    void shouldSayWhenRangeHoldsNoBars() {
        CliRun run = CliRun.of("bars", "AAPL", "--from", "2030-01-01", "--db", db);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no bars for AAPL");
    }

    @Test
    void shouldRejectUnknownAdjustmentAndReversedRange() {
        assertThat(CliRun.of("bars", "AAPL", "--adjust", "weird", "--db", db).err())
                .contains("expected raw, split or total");
        CliRun reversed = CliRun.of("bars", "AAPL", "--from", "2014-01-02", "--to", "2013-01-02", "--db", db);
        assertThat(reversed.status()).isEqualTo(2);
        assertThat(reversed.err()).contains("is after");
    }
}
