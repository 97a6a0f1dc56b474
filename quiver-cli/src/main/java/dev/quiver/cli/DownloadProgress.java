package dev.quiver.cli;

import dev.quiver.core.time.DateRange;
import dev.quiver.marketdata.download.DownloadListener;
import dev.quiver.marketdata.download.SymbolReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints one line per symbol on standard error as it finishes, with a progress bar and {@code
 * done/total}, and its warnings after it. Used by one thread (the downloader calls it on the caller's).
 */
final class DownloadProgress implements DownloadListener {

    private static final int BAR_WIDTH = 20;

    private final PrintWriter err;
    private final String source;
    private final boolean refresh;

    /**
     * Prints to {@code err}.
     *
     * @param source the source's name, as lines mention it
     * @param refresh whether the download refreshes, so that every line says what changed
     */
    DownloadProgress(PrintWriter err, String source, boolean refresh) {
        this.err = err;
        this.source = source;
        this.refresh = refresh;
    }

    @Override
    public void finished(SymbolReport report, int done, int total) {
        err.println("quiver: " + bar(done, total) + " " + done + "/" + total + " " + report.symbol() + ": "
                + describe(report));
        for (String warning : report.warnings()) {
            err.println("quiver: warning: " + warning);
        }
        err.flush();
    }

    private String describe(SymbolReport report) {
        if (!report.succeeded()) {
            String stored = report.bars() > 0 ? " (" + report.bars() + " bars stored before)" : " (nothing stored)";
            return "failed: " + CliErrors.describe(report.failure()) + stored;
        }
        if (report.fetched().isEmpty()) {
            return "up to date, nothing fetched";
        }
        String line = count(report.bars(), "bar") + ", " + count(report.actions(), "corporate action") + " from "
                + source + " for " + dates(report.fetched());
        return report.changes().isEmpty()
                ? line
                : line + "; refreshed: " + report.changes().describe();
    }

    /** A 20-character bar of how much of the download is done, e.g. {@code [##########          ]}. */
    static String bar(int done, int total) {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String dates(List<DateRange> ranges) {
        return ranges.stream()
                .map(r -> r.startInclusive() + ".." + r.endExclusive().minusDays(1))
                .collect(Collectors.joining(", "));
    }
}
