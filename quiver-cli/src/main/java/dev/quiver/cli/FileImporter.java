package dev.quiver.cli;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.time.Interval;
import dev.quiver.marketdata.csv.CsvBarReader;
import dev.quiver.marketdata.csv.CsvBars;
import dev.quiver.marketdata.csv.CsvWarning;
import dev.quiver.store.AssetSummary;
import dev.quiver.store.BarImport;
import dev.quiver.store.BarStore;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Reads one CSV file completely, then stores it in one transaction: a file with any error stores
 * nothing. Warnings are printed with their file and line. Not thread-safe (it writes to one output).
 */
final class FileImporter {

    private final BarStore store;
    private final PrintWriter out;
    private final PrintWriter err;

    FileImporter(BarStore store, PrintWriter out, PrintWriter err) {
        this.store = store;
        this.out = out;
        this.err = err;
    }

    /** The symbol a file stands for when none is given: its name without the extension. */
    static String symbolOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Imports {@code file} as {@code asset}, printing one summary line. */
    AssetSummary importFile(Path file, Asset asset, String displayName) {
        CsvBars parsed = CsvBarReader.read(file, asset.zone());
        for (CsvWarning warning : parsed.warnings()) {
            err.println("quiver: warning: " + displayName + ":" + warning.line() + ": " + warning.message());
        }
        store.importBars(new BarImport(
                asset,
                Interval.ONE_DAY,
                parsed.bars(),
                parsed.providerAdjustedClose(),
                parsed.actions(),
                "csv:" + displayName));
        AssetSummary summary = store.summary(asset.id());
        out.println(SummaryText.line(summary, asset.zone()) + "  <- " + displayName + " (" + parsed.layout() + ")");
        return summary;
    }
}
