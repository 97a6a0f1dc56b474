package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiver compute} as ../shared/spec/analytics.md states its contract. */
class ComputeCommandTest {

    private static final String SPY = "../data/prices/SPY.csv";

    @TempDir
    Path dir;

    @Test
    void shouldPrintOneRowPerBarWithHeaderAsGivenAndMultiOutputColumns() {
        CliRun run = CliRun.of(
                "compute",
                "--csv",
                SPY,
                "--expr",
                "close",
                "--expr",
                "macd(12,26,9)",
                "--from",
                "2010-01-04",
                "--to",
                "2010-01-08");

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("date,close,\"macd(12,26,9).macd\",\"macd(12,26,9).signal\",\"macd(12,26,9).hist\"");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("2010-01-04,113.330002,").doesNotContain(",,");
    }

    @Test
    void shouldLeaveWarmUpCellsEmptyWhenTheFileStarts() {
        List<String> lines = CliRun.of("compute", "--csv", SPY, "--expr", "sma(20)")
                .out()
                .lines()
                .toList();

        assertThat(lines.get(19)).endsWith(",");
        assertThat(lines.get(20)).doesNotEndWith(",");
        assertThat(lines).hasSize(2520);
    }

    @Test
    void shouldComputeAcrossAssetsGivenWith() {
        CliRun run = CliRun.of(
                "compute",
                "--csv",
                "../data/prices/AAPL.csv",
                "--with",
                "SPY=" + SPY,
                "--expr",
                "close@SPY",
                "--from",
                "2008-01-02",
                "--to",
                "2008-01-02");

        assertThat(run.out().lines().toList()).containsExactly("date,close@SPY", "2008-01-02,144.929993");
    }

    @Test
    void shouldExitTwoWithOneLineAndNoOutputForEveryBadInput() throws Exception {
        Path noVolume = dir.resolve("NOVOL.csv");
        Files.writeString(noVolume, "Date,Open,High,Low,Close\n2020-01-02,1,2,0.5,1.5\n2020-01-03,1,2,0.5,1.5\n");
        for (String expression :
                List.of("sma(20", "nosuch(3)", "sma(-5)", "sma(close@NOPE, 5)", "sma(volume, 3)", "obv")) {
            CliRun run = CliRun.of("compute", "--csv", noVolume.toString(), "--expr", expression);
            assertThat(run.status()).as(expression).isEqualTo(2);
            assertThat(run.out()).as(expression).isEmpty();
            assertThat(run.err().lines()).as(expression).hasSize(1);
        }
    }

    @Test
    void shouldComputeOnStoredAssetLikeOnItsFile() {
        String db = dir.resolve("q.db").toString();
        assertThat(CliRun.of("import", SPY, "--db", db).status()).isZero();

        CliRun stored =
                CliRun.of("compute", "--symbol", "SPY", "--expr", "rsi(14)", "--from", "2017-01-03", "--db", db);
        CliRun file = CliRun.of("compute", "--csv", SPY, "--expr", "rsi(14)", "--from", "2017-01-03");

        assertThat(stored.status()).as(stored.err()).isZero();
        assertThat(stored.out()).isEqualTo(file.out());
    }

    @Test
    void shouldPrintJsonFrame() throws Exception {
        CliRun run = CliRun.of("compute", "--csv", SPY, "--expr", "sma(3)", "--to", "2008-01-03", "--format", "json");

        JsonNode frame = new ObjectMapper().readTree(run.out());
        assertThat(frame.get("timestamps")).hasSize(3);
        assertThat(frame.get("columns").get("sma(3)").get(1).isNull()).isTrue();
        assertThat(frame.get("columns").get("sma(3)").get(2).isNumber()).isTrue();
    }

    @Test
    void shouldWriteAnInfiniteValueAsInfinityInCsvAndNullInJson() throws Exception {
        Path rising = dir.resolve("rising.csv");
        Files.writeString(
                rising,
                "Date,Open,High,Low,Close,Volume\n2020-01-02,1,1,1,1,10\n2020-01-03,2,2,2,2,10\n"
                        + "2020-01-06,3,3,3,3,10\n");

        CliRun csv = CliRun.of("compute", "--csv", rising.toString(), "--expr", "sortino_ratio()");
        CliRun json = CliRun.of("compute", "--csv", rising.toString(), "--expr", "sortino_ratio()", "--format", "json");

        assertThat(csv.out()).as("no shortfall: infinite").contains("2020-01-06,Infinity");
        JsonNode column = new ObjectMapper().readTree(json.out()).get("columns").get("sortino_ratio()");
        assertThat(column).hasSize(3);
        assertThat(column).allSatisfy(v -> assertThat(v.isNull()).isTrue());
    }

    @Test
    void shouldExportGraphAndCatalogue() throws Exception {
        CliRun graph = CliRun.of("graph", "--symbol", "AAPL", "--expr", "sma(rsi(14),5)", "--expr", "rsi(close, 14)");
        JsonNode nodes = new ObjectMapper().readTree(graph.out()).get("nodes");
        assertThat(nodes).hasSize(3);
        assertThat(CliRun.of("graph", "--symbol", "AAPL", "--expr", "rsi(14)", "--format", "dot")
                        .out())
                .startsWith("digraph");

        JsonNode catalogue = new ObjectMapper()
                .readTree(CliRun.of("analytics", "--format", "json").out());
        assertThat(catalogue.findValuesAsText("name")).contains("sma", "macd", "bbands", "atr");
    }
}
