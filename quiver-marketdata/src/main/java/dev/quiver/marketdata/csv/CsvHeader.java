package dev.quiver.marketdata.csv;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header line of a file: which column each cell position holds, and the layout it implies.
 * Immutable after {@link #parse}; the arrays are never handed out.
 */
final class CsvHeader {

    private static final Set<String> YFINANCE_EVENTS = Set.of("dividends", "stock splits", "capital gains");
    private static final Set<String> ZIPLINE_EVENTS = Set.of("dividend", "split");

    private final String[] names;
    private final Column[] byPosition;
    private final int[] positionOf;
    private final CsvLayout layout;

    private CsvHeader(String[] names, Column[] byPosition, int[] positionOf, CsvLayout layout) {
        this.names = names;
        this.byPosition = byPosition;
        this.positionOf = positionOf;
        this.layout = layout;
    }

    /**
     * Reads the header line (line 1, without its line break).
     *
     * @throws CsvFormatException if a required column is missing or a column appears twice
     */
    static CsvHeader parse(Path file, String line) {
        String[] names = line.split(",", -1);
        Column[] byPosition = new Column[names.length];
        int[] positionOf = new int[Column.values().length];
        Arrays.fill(positionOf, -1);
        boolean yfinance = false;
        boolean zipline = false;
        for (int k = 0; k < names.length; k++) {
            names[k] = names[k].strip();
            String lower = names[k].toLowerCase(Locale.ROOT);
            yfinance |= YFINANCE_EVENTS.contains(lower);
            zipline |= ZIPLINE_EVENTS.contains(lower);
            Column column = Column.named(lower);
            if (column == null) {
                continue;
            }
            if (positionOf[column.ordinal()] >= 0) {
                throw new CsvFormatException(
                        file,
                        1,
                        names[k],
                        "the header names this column twice (also as '" + names[positionOf[column.ordinal()]] + "')");
            }
            byPosition[k] = column;
            positionOf[column.ordinal()] = k;
        }
        for (Column c : Column.values()) {
            if (c.required() && positionOf[c.ordinal()] < 0) {
                throw new CsvFormatException(
                        file, 1, null, "the header lacks column '" + c.canonicalName() + "' (header: " + line + ")");
            }
        }
        return new CsvHeader(names, byPosition, positionOf, layout(yfinance, zipline, positionOf));
    }

    private static CsvLayout layout(boolean yfinance, boolean zipline, int[] positionOf) {
        if (yfinance) {
            return CsvLayout.YFINANCE_HISTORY;
        }
        if (zipline) {
            return CsvLayout.ZIPLINE_CSVDIR;
        }
        int adjClose = positionOf[Column.ADJ_CLOSE.ordinal()];
        int volume = positionOf[Column.VOLUME.ordinal()];
        if (adjClose < 0) {
            return CsvLayout.MINIMAL;
        }
        return volume >= 0 && volume < adjClose ? CsvLayout.YAHOO_ICHART : CsvLayout.YAHOO_MODERN;
    }

    /** The layout the header implies. */
    CsvLayout layout() {
        return layout;
    }

    /** The number of cells a row must have. */
    int size() {
        return names.length;
    }

    /** The column at cell position {@code k}, or null if the reader ignores that column. */
    Column columnAt(int k) {
        return byPosition[k];
    }

    /** Whether the file has the column. */
    boolean has(Column column) {
        return positionOf[column.ordinal()] >= 0;
    }

    /** The column's name as the header spells it; the column must be present. */
    String nameOf(Column column) {
        return names[positionOf[column.ordinal()]];
    }

    /** The header names the reader does not use, in header order. */
    List<String> ignored() {
        return Arrays.stream(names)
                .filter(n -> Column.named(n.toLowerCase(Locale.ROOT)) == null)
                .toList();
    }
}
