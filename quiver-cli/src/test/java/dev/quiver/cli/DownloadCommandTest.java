package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quiver.marketdata.support.ClosedPorts;
import dev.quiver.marketdata.support.Recordings;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.StubServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiver download} against a stub server replaying recorded Yahoo answers on a loopback port. */
class DownloadCommandTest {

    private static final String NVDA_CHART = "/v8/finance/chart/NVDA";
    private static final String MSFT = "chart_MSFT_2021-02-01_2022-01-31_events-div.json";

    @TempDir
    Path dir;

    private final StubServer server = StubServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private String db() {
        return dir.resolve("q.db").toString();
    }

    private CliRun download(String... more) {
        String[] args = new String[more.length + 5];
        args[0] = "download";
        System.arraycopy(more, 0, args, 1, more.length);
        args[more.length + 1] = "--db";
        args[more.length + 2] = db();
        args[more.length + 3] = "--yahoo-url";
        args[more.length + 4] = server.baseUrl();
        return CliRun.of(args);
    }

    private void serveNvidia() {
        server.on(
                NVDA_CHART,
                Reply.yahoo("chart_NVDA_2021-02-01_2022-01-31_events-split.json"),
                Reply.yahoo("synthetic_splits_NVDA_after_2022-01-31.json"));
    }

    @Test
    void shouldStoreRawBarsAndAskNothingOnTheSecondRun() {
        serveNvidia();

        CliRun first = download("NVDA", "--from", "2021-02-01", "--to", "2022-01-30");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err())
                .contains(
                        "quiver: [####################] 1/1 NVDA: 252 bars, 2 corporate actions from yahoo for 2021-02-01..2022-01-28");
        assertThat(first.out())
                .contains("NVDA")
                .contains("252")
                .contains("2021-02-01 .. 2022-01-28")
                .contains("2 splits");
        CliRun bars = CliRun.of("bars", "NVDA", "--from", "2021-02-01", "--to", "2021-02-01", "--db", db());
        assertThat(bars.out()).contains("2021-02-01,").contains(",529.48");

        CliRun second = download("NVDA", "--from", "2021-02-01", "--to", "2022-01-30");

        assertThat(second.status()).isZero();
        assertThat(second.err()).contains("NVDA: up to date, nothing fetched");
        assertThat(server.requests(NVDA_CHART)).hasSize(2);
    }

    @Test
    void shouldRefreshTheLastDaysAndSayWhatChanged() {
        String msft = "/v8/finance/chart/MSFT";
        server.on(
                msft,
                Reply.json(200, Recordings.yahoo(MSFT).replace("\"amount\": 0.62", "\"amount\": 0.6")),
                Reply.yahoo("synthetic_no_splits_MSFT.json"),
                Reply.yahoo(MSFT),
                Reply.yahoo("synthetic_no_splits_MSFT.json"));
        download("MSFT", "--from", "2021-02-01", "--to", "2021-11-30");

        CliRun refreshed = download("MSFT", "--from", "2021-02-01", "--to", "2021-11-30", "--refresh");

        assertThat(refreshed.status()).as(refreshed.err()).isZero();
        assertThat(refreshed.err())
                .contains("MSFT: 21 bars, 1 corporate action from yahoo for 2021-11-01..2021-11-30;"
                        + " refreshed: 0 bars added, 0 changed, 0 no longer given; dividend 2021-11-17: 0.6 -> 0.62");
        assertThat(server.requests(msft)).hasSize(4);
    }

    @Test
    void shouldReportAFailedSymbolAndExitWith2WhileStoringTheOthers() {
        serveNvidia();
        server.on("/v8/finance/chart/NOPE", Reply.yahooError("chart_unknown_or_delisted_symbol"));

        CliRun run = download("NOPE", "NVDA", "--from", "2021-02-01", "--to", "2022-01-30");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "NOPE: failed: yahoo: unknown symbol 'NOPE' (No data found, symbol may be delisted) (nothing stored)")
                .contains("NVDA: 252 bars")
                .contains("quiver: 1 of 2 symbols failed");
        assertThat(run.out()).contains("NVDA").doesNotContain("NOPE");
    }

    @Test
    void shouldSayClearlyThatTheProviderCannotBeReached() {
        String nowhere = ClosedPorts.refusingUrl();

        CliRun run = CliRun.of(
                "download", "AAPL", "--from", "2020-01-01", "--to", "2020-01-31", "--db", db(), "--yahoo-url", nowhere);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("AAPL: failed: yahoo: cannot reach " + nowhere + "/v8/finance/chart/AAPL")
                .contains("connection refused")
                .contains("(nothing stored)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldRejectAReversedRangeWithOneLine() {
        CliRun run = download("AAPL", "--from", "2021-02-01", "--to", "2021-01-01");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).containsExactly("quiver: --from 2021-02-01 is after --to 2021-01-01");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldRejectABaseUrlThatIsNotHttp() {
        CliRun run = CliRun.of("download", "AAPL", "--db", db(), "--yahoo-url", "ftp://mirror");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("quiver: --yahoo-url: 'ftp://mirror' is not an absolute http or https URL");
    }

    @Test
    void shouldDescribeItsOptionsOnHelp() {
        CliRun run = CliRun.of("download", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("Usage: quiver download")
                .contains("--yahoo-url=URL")
                .contains("--refresh");
    }

    @Test
    void shouldRejectAnUnknownSource() {
        CliRun run = download("AAPL", "--source", "bloomberg");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--source").contains("bloomberg");
    }

    @Test
    void shouldSayHowToSetAnAlphaVantageKey() {
        assumeTrue(System.getenv("QUIVER_ALPHAVANTAGE_KEY") == null, "a key is set in this environment");

        CliRun run = CliRun.of(
                "download",
                "IBM",
                "--source",
                "alphavantage",
                "--alphavantage-url",
                server.baseUrl(),
                "--db",
                db(),
                "--from",
                "2021-02-01",
                "--to",
                "2021-02-05");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("IBM: failed: alphavantage: not authorized: no API key: set QUIVER_ALPHAVANTAGE_KEY");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldDrawProgressBarInProportionToSymbolsDone() {
        assertThat(DownloadProgress.bar(0, 4)).isEqualTo("[" + " ".repeat(20) + "]");
        assertThat(DownloadProgress.bar(1, 4)).isEqualTo("[#####" + " ".repeat(15) + "]");
        assertThat(DownloadProgress.bar(3, 3)).isEqualTo("[" + "#".repeat(20) + "]");
    }
}
