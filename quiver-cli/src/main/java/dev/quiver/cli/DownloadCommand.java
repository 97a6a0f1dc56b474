package dev.quiver.cli;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.download.DownloadRequest;
import dev.quiver.marketdata.download.Downloader;
import dev.quiver.marketdata.download.SourceName;
import dev.quiver.marketdata.download.SymbolReport;
import dev.quiver.store.BarStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quiver download SYMBOL...}: fetches daily bars and corporate actions from a provider into the
 * database, asking only for the dates it does not hold yet. One progress line per symbol on standard
 * error; a summary line per stored symbol on standard output; status 0 only if every symbol succeeded,
 * 2 otherwise.
 */
@Command(
        name = "download",
        description = "Download daily bars and corporate actions into the database, fetching only the dates it lacks"
                + " (see docs/marketdata.md).")
final class DownloadCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "SYMBOL",
            description = "Symbols as the provider spells them (AAPL, ^GSPC, BTC-USD).")
    List<String> symbols;

    @Option(names = "--from", paramLabel = "D", description = "First date, inclusive (default: a year before --to).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "D",
            description = "Last date, inclusive (default: yesterday, the last complete day).")
    LocalDate to;

    @Option(
            names = "--source",
            paramLabel = "NAME",
            defaultValue = "yahoo",
            description = "yahoo, alphavantage or polygon (default: ${DEFAULT-VALUE}).")
    SourceName source;

    @Option(
            names = "--refresh",
            description =
                    "Fetch the last days of the range again (download.refresh-days, default 30) and report what changed.")
    boolean refresh;

    @Mixin
    SourceOptions sourceOptions;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<AssetId> ids = symbols.stream().map(AssetId::of).toList();
        DownloadRequest request = DownloadRequest.daily(ids, from, to, refresh, Clock.systemUTC());
        Configuration config = sourceOptions.configuration();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (BarStore store = database.open()) {
            Downloader downloader = Downloader.create(store, source, config);
            List<SymbolReport> reports =
                    downloader.download(request, new DownloadProgress(err, source.code(), refresh));
            long failed = reports.stream().filter(r -> !r.succeeded()).count();
            for (SymbolReport report : reports) {
                if (report.succeeded()) {
                    out.println(SummaryText.line(
                            store.summary(report.symbol()),
                            store.asset(report.symbol()).zone()));
                }
            }
            if (failed > 0) {
                err.println("quiver: " + failed + " of " + reports.size() + " symbols failed");
                return CliErrors.BAD_INPUT;
            }
            return 0;
        }
    }
}
