package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("q.db").toString();
    }

    @Test
    void shouldImportFileUnderItsFileNameAndListIt() {
        CliRun imported = CliRun.of("import", "../data/prices/KO.csv", "--db", db());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("KO")
                .contains("754")
                .contains("2012-01-03")
                .contains("2014-12-31");

        CliRun assets = CliRun.of("assets", "--db", db());
        assertThat(assets.out()).contains("KO").contains("1 split, 12 dividends");
    }

    @Test
    void shouldStoreNothingFromMalformedFileAndNameItsLine() throws IOException {
        Path bad = dir.resolve("BAD.csv");
        Files.writeString(
                bad, "Date,Open,High,Low,Close,Volume\n2020-01-02,1,2,0.5,1.5,100\n2020-01-03,1,2,oops,1.5,100\n");

        CliRun run = CliRun.of("import", bad.toString(), "--db", db());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("BAD.csv:3").contains("oops").contains("nothing from");
        assertThat(CliRun.of("bars", "BAD", "--db", db()).err()).contains("unknown symbol 'BAD'");
    }

    @Test
    void shouldImportGoodFilesAndFailForBadOnes() throws IOException {
        Path bad = dir.resolve("BAD.csv");
        Files.writeString(bad, "Date,Open,High,Low\n2020-01-02,1,2,0.5\n");

        CliRun run = CliRun.of("import", bad.toString(), "../data/prices/IBM.csv", "--db", db());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("1 of 2 files failed");
        assertThat(CliRun.of("assets", "--db", db()).out()).contains("IBM").doesNotContain("BAD");
    }

    @Test
    void shouldRejectSymbolForSeveralFiles() {
        CliRun run =
                CliRun.of("import", "../data/prices/KO.csv", "../data/prices/IBM.csv", "--symbol", "X", "--db", db());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--symbol names one asset");
    }

    @Test
    void shouldSayWhichFileIsMissing() {
        CliRun run = CliRun.of("import", dir.resolve("nope.csv").toString(), "--db", db());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("nope.csv");
    }
}
