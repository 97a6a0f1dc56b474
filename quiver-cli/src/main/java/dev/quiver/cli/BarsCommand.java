package dev.quiver.cli;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import dev.quiver.store.BarStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiver bars SYMBOL}: prints stored bars, raw or adjusted on read. */
@Command(name = "bars", description = "Print an asset's daily bars, raw or adjusted.")
final class BarsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "The asset.")
    String symbol;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date (inclusive).")
    LocalDate to;

    @Option(
            names = "--adjust",
            paramLabel = "MODE",
            defaultValue = "raw",
            description = "raw, split or total (default: ${DEFAULT-VALUE}).")
    String adjust;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "csv",
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Adjustment adjustment = Adjustment.parse(adjust);
        DateRange range = DateRange.closed(from, to);
        try (BarStore store = database.open()) {
            Asset asset = store.asset(AssetId.of(symbol));
            BarSeries bars = store.bars(asset.id(), Interval.ONE_DAY, range, adjustment);
            if (bars.isEmpty()) {
                throw new UserInputException("no bars for " + asset.id() + " in " + range + " in " + database.file());
            }
            List<String> dates = new ArrayList<>(bars.size());
            for (int i = 0; i < bars.size(); i++) {
                dates.add(LocalDate.ofInstant(Instant.ofEpochSecond(bars.time(i)), asset.zone())
                        .toString());
            }
            FrameWriter frame = new FrameWriter(asset.id().symbol(), dates);
            for (PriceField field : PriceField.values()) {
                frame.column(field.code(), bars.column(field));
            }
            frame.write(format, spec.commandLine().getOut());
        }
        return 0;
    }
}
