package dev.quiver.cli;

import dev.quiver.core.asset.AssetId;
import dev.quiver.store.BarStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quiver import FILE...}: imports daily bars from CSV files, each file in one transaction.
 * Files that fail are reported with file, line and column and store nothing; the others are
 * imported, and the exit status is 2 if any failed.
 */
@Command(name = "import", description = "Import daily bars from CSV files (any layout of docs/data-import.md).")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files to import.")
    List<Path> files;

    @Option(
            names = "--symbol",
            paramLabel = "S",
            description = "Symbol to store the bars under (default: the file name). Only with one file.")
    String symbol;

    @Mixin
    AssetOptions assetOptions;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (symbol != null && files.size() > 1) {
            throw new UserInputException("--symbol names one asset, but " + files.size() + " files were given");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (BarStore store = database.open()) {
            FileImporter importer = new FileImporter(store, out, err);
            for (Path file : files) {
                try {
                    AssetId id = AssetId.of(symbol != null ? symbol : FileImporter.symbolOf(file));
                    importer.importFile(file, assetOptions.describe(id), file.toString());
                } catch (RuntimeException e) {
                    err.println("quiver: " + CliErrors.describe(e) + " (nothing from " + file + " was stored)");
                    failed++;
                }
            }
        }
        if (failed > 0) {
            err.println("quiver: " + failed + " of " + files.size() + " files failed to import");
            return CliErrors.BAD_INPUT;
        }
        return 0;
    }
}
