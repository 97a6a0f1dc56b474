package dev.quiver.marketdata.csv;

import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.series.BarSeries;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one CSV file holds, as Quiver stores it: raw bars plus corporate actions. Immutable and
 * thread-safe: the adjusted-close array is copied in and out.
 *
 * @param file the file read
 * @param layout the layout its header names
 * @param bars raw (as traded) daily bars, ascending, each timed at midnight of its session date in
 *     the zone given to the reader; volume NaN when the file has no volume column
 * @param providerAdjustedClose the file's adjusted close aligned with {@code bars} (split- and
 *     dividend-adjusted as the provider computed it), or null when the file has none
 * @param actions splits and cash dividends by ex-date (a split before a dividend of the same date),
 *     each {@code PROVIDED} (from event columns) or {@code INFERRED} (from the adjusted close)
 * @param warnings data kept as given but worth a look, in line order
 * @param asStated the bars exactly as the file states them: equal to {@code bars} unless the file's
 *     prices are split-adjusted and raw prices were reconstructed from its split records
 */
public record CsvBars(
        Path file,
        CsvLayout layout,
        BarSeries bars,
        double[] providerAdjustedClose,
        List<CorporateAction> actions,
        List<CsvWarning> warnings,
        BarSeries asStated) {

    /** Requires every component but the adjusted close; checks that it has one value per bar. */
    public CsvBars {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(asStated, "asStated");
        if (providerAdjustedClose != null) {
            if (providerAdjustedClose.length != bars.size()) {
                throw new IllegalArgumentException(
                        "adjusted close has " + providerAdjustedClose.length + " values for " + bars.size() + " bars");
            }
            providerAdjustedClose = providerAdjustedClose.clone();
        }
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
    }

    /** A copy of the file's adjusted close, or null when the file has none. */
    @Override
    public double[] providerAdjustedClose() {
        return providerAdjustedClose == null ? null : providerAdjustedClose.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvBars other
                && file.equals(other.file)
                && layout == other.layout
                && bars.equals(other.bars)
                && Arrays.equals(providerAdjustedClose, other.providerAdjustedClose)
                && actions.equals(other.actions)
                && warnings.equals(other.warnings)
                && asStated.equals(other.asStated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, layout, bars, Arrays.hashCode(providerAdjustedClose), actions, warnings, asStated);
    }

    @Override
    public String toString() {
        return "CsvBars[" + file.getFileName() + ", " + layout + ", " + bars + ", "
                + (providerAdjustedClose == null ? "no" : "with") + " adjusted close, " + actions.size()
                + " actions, " + warnings.size() + " warnings]";
    }
}
