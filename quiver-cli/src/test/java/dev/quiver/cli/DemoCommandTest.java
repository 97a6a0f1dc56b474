package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldImportEveryBundledFileIntoFreshDatabase() {
        String db = dir.resolve("demo.db").toString();

        CliRun first = CliRun.of("demo", "--no-serve", "--db", db);
        CliRun second = CliRun.of("demo", "--no-serve", "--db", db);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out())
                .contains("AAPL", "GOOG", "INTC", "MSFT", "IBM", "KO", "CALM", "SPY", "AGG", "EWG", "^GSPC");
        CliRun assets = CliRun.of("assets", "--db", db);
        assertThat(assets.out().lines()).hasSize(1 + BundledData.entries().size());
    }
}
