package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * From a fresh import to {@code quiver bars X --adjust total}: the total-return close reproduces the
 * provider's Adj Close of every bundled file that has one, within 1e-6 relative, up to the constant
 * factor of dividends paid after the file's last row (which the file cannot show; see
 * docs/data-import.md). The file's own Adj Close is read here independently of the importer.
 */
class TotalReturnReproductionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AAPL",
                "GOOG",
                "INTC",
                "SPY",
                "AAPL_unadjusted_2000-2016",
                "SPY_2000-2016",
                "AGG",
                "GSPC",
                "CALM",
                "EWG"
            })
    void shouldReproduceTheProvidersAdjustedClose(String name) throws IOException {
        Path file = Path.of("../data/prices/" + name + ".csv");
        String db = dir.resolve("q.db").toString();
        assertThat(CliRun.of("import", file.toString(), "--symbol", "X", "--db", db)
                        .status())
                .isZero();

        List<String> rows = CliRun.of("bars", "X", "--adjust", "total", "--db", db)
                .out()
                .lines()
                .skip(1)
                .toList();
        Map<String, Double> provider = adjustedCloses(file);

        String[] last = rows.get(rows.size() - 1).split(",");
        double k = provider.get(last[0]) / Double.parseDouble(last[4]);
        double worst = 0;
        for (String row : rows) {
            String[] cells = row.split(",");
            double expected = provider.get(cells[0]);
            worst = Math.max(worst, Math.abs(Double.parseDouble(cells[4]) * k - expected) / expected);
        }
        assertThat(rows).hasSize(provider.size());
        assertThat(worst).as("largest relative error of %s", name).isLessThan(1e-6);
    }

    private static Map<String, Double> adjustedCloses(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        int date = 0;
        int adjusted = header.indexOf("Adj Close");
        Map<String, Double> values = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            values.put(cells[date].substring(0, 10), Double.parseDouble(cells[adjusted]));
        }
        return values;
    }
}
