package dev.quiver.marketdata;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Gathers the bars of one answer in any order and gives them back ascending, as adapters need: a row
 * with a missing or non-positive price, or a high below its low, is skipped with a warning (the
 * store would refuse the whole batch for it), a negative volume becomes absent (NaN), and of two rows
 * for the same time the later one added is kept, with a warning. Not thread-safe: one per answer.
 */
public final class BarCollector {

    private final AssetId symbol;
    private final TreeMap<Long, double[]> rows = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean anyAdjustedClose;

    /** A collector for the bars of {@code symbol}, which prefixes its warnings. */
    public BarCollector(AssetId symbol) {
        this.symbol = symbol;
    }

    /**
     * What is wrong with these prices for a bar, or null if nothing: each must be a number above zero
     * and the high must not be below the low.
     */
    public static String problem(double open, double high, double low, double close) {
        double[] prices = {open, high, low, close};
        String[] names = {"open", "high", "low", "close"};
        for (int k = 0; k < prices.length; k++) {
            if (Double.isNaN(prices[k])) {
                return "no " + names[k] + " (null)";
            }
            if (!(prices[k] > 0) || Double.isInfinite(prices[k])) {
                return names[k] + " " + prices[k] + " is not a price above zero";
            }
        }
        return high < low ? "high " + high + " below low " + low : null;
    }

    /**
     * Adds a row.
     *
     * @param time the bar's start, epoch seconds
     * @param label how warnings name the row, such as its date
     * @param adjustedClose the provider's adjusted close, NaN if none
     */
    public void add(
            long time,
            String label,
            double open,
            double high,
            double low,
            double close,
            double volume,
            double adjustedClose) {
        String problem = problem(open, high, low, close);
        if (problem != null) {
            warn(label + ": bar skipped: " + problem);
            return;
        }
        if (volume < 0) {
            warn(label + ": negative volume " + volume + " dropped");
        }
        anyAdjustedClose |= adjustedClose > 0;
        double[] row = {
            open, high, low, close, volume >= 0 ? volume : Double.NaN, adjustedClose > 0 ? adjustedClose : Double.NaN
        };
        if (rows.put(time, row) != null) {
            warn(label + ": two bars for the same time; the later kept");
        }
    }

    /** Adds a warning line, prefixed with the symbol. */
    public void warn(String message) {
        warnings.add(symbol + ": " + message);
    }

    /** The warnings so far, in order. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The bars kept, ascending by time. */
    public BarSeries bars() {
        int n = rows.size();
        long[] times = new long[n];
        double[][] columns = new double[5][n];
        int i = 0;
        for (var entry : rows.entrySet()) {
            times[i] = entry.getKey();
            for (int k = 0; k < 5; k++) {
                columns[k][i] = entry.getValue()[k];
            }
            i++;
        }
        return BarSeries.of(times, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    /** The adjusted closes of {@link #bars()}, NaN where absent; null when no row had one. */
    public double[] adjustedCloses() {
        return anyAdjustedClose ? rows.values().stream().mapToDouble(r -> r[5]).toArray() : null;
    }
}
