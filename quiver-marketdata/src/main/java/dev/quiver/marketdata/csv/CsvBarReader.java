package dev.quiver.marketdata.csv;

import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a CSV file of daily bars in any {@link CsvLayout} into raw bars plus corporate actions.
 *
 * <p>The steps: parse the header and the cells ({@code TableParser}), sort by date and reject
 * duplicates ({@code DateOrder}), check each bar ({@code BarChecks}), then take the actions from the
 * event columns and reconstruct raw prices ({@code ProvidedActions}), or infer them from the adjusted
 * close ({@code InferredActions}), and finally warn about split-sized moves nothing explains ({@code
 * JumpCheck}). Nothing is fixed silently: a file is either rejected with where and why, or read as
 * given with warnings. Stateless and thread-safe.
 */
public final class CsvBarReader {

    private CsvBarReader() {}

    /**
     * Reads one file.
     *
     * @param file a UTF-8 (or ASCII) CSV file with a header line
     * @param zone the asset's zone: each bar is timed at midnight of its session date there
     * @return the raw bars, the actions and the warnings
     * @throws CsvFormatException if the file cannot be imported, naming the line and column at fault
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CsvBars read(Path file, ZoneId zone) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<CsvWarning> warnings = new ArrayList<>();
        ParsedRows rows = DateOrder.ascending(TableParser.parse(file, text));
        for (String ignored : rows.header().ignored()) {
            warnings.add(new CsvWarning(file, 1, "column '" + ignored + "' is not one this reader knows; ignored"));
        }
        BarChecks.check(rows, warnings);
        Reconstruction found = actions(rows, warnings);
        BarSeries bars = rawBars(rows, found.priceFactor(), zone);
        JumpCheck.check(rows, bars.column(PriceField.CLOSE), found.actions(), warnings);
        warnings.sort(Comparator.comparingInt(CsvWarning::line));
        double[] adjClose = rows.has(Column.ADJ_CLOSE) ? rows.values(Column.ADJ_CLOSE) : null;
        BarSeries asStated = found.priceFactor() == null ? bars : rawBars(rows, null, zone);
        return new CsvBars(file, rows.header().layout(), bars, adjClose, found.actions(), warnings, asStated);
    }

    private static Reconstruction actions(ParsedRows rows, List<CsvWarning> warnings) {
        if (rows.has(Column.DIVIDEND) || rows.has(Column.SPLIT) || rows.has(Column.CAPITAL_GAINS)) {
            return ProvidedActions.read(rows);
        }
        if (rows.has(Column.ADJ_CLOSE)) {
            return InferredActions.infer(rows, warnings);
        }
        return Reconstruction.asGiven(List.of());
    }

    private static BarSeries rawBars(ParsedRows rows, double[] priceFactor, ZoneId zone) {
        int n = rows.size();
        long[] times = new long[n];
        double[][] prices = new double[4][n];
        double[] volume = new double[n];
        Column[] priceColumns = {Column.OPEN, Column.HIGH, Column.LOW, Column.CLOSE};
        double[] fileVolume = rows.has(Column.VOLUME) ? rows.values(Column.VOLUME) : null;
        for (int i = 0; i < n; i++) {
            times[i] = LocalDate.ofEpochDay(rows.day(i)).atStartOfDay(zone).toEpochSecond();
            double f = priceFactor == null ? 1.0 : priceFactor[i];
            for (int k = 0; k < 4; k++) {
                prices[k][i] = rows.values(priceColumns[k])[i] * f;
            }
            volume[i] = fileVolume == null ? Double.NaN : fileVolume[i] / f;
        }
        return BarSeries.of(times, prices[0], prices[1], prices[2], prices[3], volume);
    }
}
