package dev.quiver.marketdata.csv;

import java.nio.file.Path;

/**
 * The data rows of one file as primitive columns, with the line each row came from.
 *
 * <p>Built by {@link TableParser}; the arrays are shared with the package's other steps, which read
 * them and never write them, so an instance is effectively immutable.
 */
final class ParsedRows {

    private final Path file;
    private final CsvHeader header;
    private final int[] lines;
    private final long[] days;
    private final double[][] values;

    /**
     * @param values one array per {@link Column} ordinal, null for columns the file lacks and for
     *     {@link Column#DATE}, whose values are {@code days}
     */
    ParsedRows(Path file, CsvHeader header, int[] lines, long[] days, double[][] values) {
        this.file = file;
        this.header = header;
        this.lines = lines;
        this.days = days;
        this.values = values;
    }

    Path file() {
        return file;
    }

    CsvHeader header() {
        return header;
    }

    int size() {
        return lines.length;
    }

    /** The 1-based file line of row {@code i}. */
    int line(int i) {
        return lines[i];
    }

    /** The session date of row {@code i} as an epoch day. */
    long day(int i) {
        return days[i];
    }

    /** The session dates as epoch days; not a copy, not to be written. */
    long[] days() {
        return days;
    }

    /** The column's values; not a copy, not to be written. The file must have the column. */
    double[] values(Column column) {
        return values[column.ordinal()];
    }

    /** Whether the file has the column. */
    boolean has(Column column) {
        return values[column.ordinal()] != null;
    }

    /** An error about row {@code i}, in {@code column} (null when not about one cell). */
    CsvFormatException error(int i, Column column, String problem) {
        return new CsvFormatException(file, lines[i], column == null ? null : header.nameOf(column), problem);
    }

    /** A warning about row {@code i}. */
    CsvWarning warning(int i, String message) {
        return new CsvWarning(file, lines[i], message);
    }

    /** The rows in the given order: row {@code j} of the result is row {@code order[j]} of this. */
    ParsedRows permuted(int[] order) {
        int n = order.length;
        int[] l = new int[n];
        long[] d = new long[n];
        double[][] v = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            v[c] = values[c] == null ? null : new double[n];
        }
        for (int j = 0; j < n; j++) {
            int i = order[j];
            l[j] = lines[i];
            d[j] = days[i];
            for (int c = 0; c < values.length; c++) {
                if (v[c] != null) {
                    v[c][j] = values[c][i];
                }
            }
        }
        return new ParsedRows(file, header, l, d, v);
    }
}
