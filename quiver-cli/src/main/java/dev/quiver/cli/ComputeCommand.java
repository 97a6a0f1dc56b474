package dev.quiver.cli;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.engine.pull.NodeFailure;
import dev.quiver.core.engine.pull.PullEngine;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.time.DateRange;
import dev.quiver.store.BarStore;
import dev.quiver.store.StoreBarSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quiver compute}: evaluates expressions over a CSV file or a stored asset and prints one row
 * per bar in the range, as the spec's compute contract says. Any failure prints nothing on standard
 * output and one line on standard error, with status 2.
 */
@Command(name = "compute", description = "Compute analytics over a CSV file or a stored asset.")
final class ComputeCommand implements Callable<Integer> {

    /** Where the subject's bars come from: a file, or the database. */
    static final class Subject {
        @Option(
                names = "--csv",
                paramLabel = "PATH",
                required = true,
                description = "The subject's bars as a CSV file.")
        Path csv;

        @Option(
                names = "--symbol",
                paramLabel = "S",
                required = true,
                description = "A stored asset (see 'quiver assets').")
        String symbol;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(
            names = "--with",
            paramLabel = "SYMBOL=PATH",
            description = "Another asset's bars, for close@SYMBOL (with --csv).")
    Map<String, Path> others = Map.of();

    @Option(
            names = "--expr",
            paramLabel = "EXPR",
            required = true,
            description = "An expression; repeat for more columns.")
    List<String> expressions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date printed (earlier bars are warm-up).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date printed.")
    LocalDate to;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "csv",
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(
            names = "--align",
            paramLabel = "POLICY",
            defaultValue = "intersect",
            description = "Other assets' bars on the subject's dates: intersect or asof (default: ${DEFAULT-VALUE}).")
    String align;

    @Option(
            names = "--adjust",
            paramLabel = "MODE",
            defaultValue = "split",
            description = "With --symbol: the view analytics see, raw, split or total (default: ${DEFAULT-VALUE}).")
    String adjust;

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "With --symbol: the database (default as for 'quiver bars').")
    Path db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DateRange range = DateRange.closed(from, to);
        Alignment alignment = Alignment.parse(align);
        if (subject.csv != null) {
            if (db != null) {
                throw new UserInputException("--db goes with --symbol, not with --csv");
            }
            AssetId id = AssetId.of(symbolOf(subject.csv));
            CsvBarSource source = new CsvBarSource().add(Asset.defaultFor(id), subject.csv);
            for (Map.Entry<String, Path> other : others.entrySet()) {
                source.add(Asset.defaultFor(AssetId.of(other.getKey())), other.getValue());
            }
            return print(source, new PullRequest(id, expressions, range, alignment));
        }
        if (!others.isEmpty()) {
            throw new UserInputException("--with goes with --csv; with --symbol, other assets come from the database");
        }
        DatabaseOption database = new DatabaseOption();
        database.db = db;
        try (BarStore store = database.open()) {
            StoreBarSource source = new StoreBarSource(store, Adjustment.parse(adjust));
            return print(source, new PullRequest(AssetId.of(subject.symbol), expressions, range, alignment));
        }
    }

    private int print(BarSource source, PullRequest request) {
        PullResult result = new PullEngine(StandardCatalogue.get(), source, Runnable::run).evaluate(request);
        if (!result.failures().isEmpty()) {
            NodeFailure first = result.failures().get(0);
            throw new UserInputException("cannot compute " + first.column() + ": " + first.reason());
        }
        List<String> dates = new ArrayList<>(result.rows());
        for (int i = 0; i < result.rows(); i++) {
            dates.add(result.date(i).toString());
        }
        FrameWriter frame = new FrameWriter(request.subject().symbol(), dates);
        for (int k = 0; k < result.labels().size(); k++) {
            frame.column(result.labels().get(k), result.columns().get(k));
        }
        frame.write(format, spec.commandLine().getOut());
        return 0;
    }

    /** The subject's symbol for a file: its name without extension when that is a valid ticker. */
    private static String symbolOf(Path file) {
        String name = FileImporter.symbolOf(file);
        try {
            return AssetId.of(name).symbol();
        } catch (IllegalArgumentException e) {
            return "SUBJECT";
        }
    }
}
