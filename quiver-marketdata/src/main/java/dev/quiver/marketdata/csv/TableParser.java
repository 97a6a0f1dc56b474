package dev.quiver.marketdata.csv;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the text of a file into {@link ParsedRows}, checking each cell against its column's rule.
 *
 * <p>Fast path: one pass over the text, cells found with {@link String#indexOf(int, int)}, numbers
 * checked by character and parsed with {@link Double#parseDouble}; no regular expressions. Cells are
 * split on commas only, so a quote anywhere is rejected rather than misread. A byte order mark, CRLF
 * line ends, a missing final line break and blank lines at the end are tolerated. Stateless.
 */
final class TableParser {

    private static final String BOM = "\uFEFF";

    private TableParser() {}

    /**
     * Parses the whole file text, rows in file order.
     *
     * @throws CsvFormatException at the first cell, row or header that is not acceptable
     */
    static ParsedRows parse(Path file, String text) {
        int start = text.startsWith(BOM) ? BOM.length() : 0;
        if (isBlank(text, start, text.length())) {
            throw new CsvFormatException(file, 1, null, "the file is empty");
        }
        int quote = text.indexOf('"', start);
        if (quote >= 0) {
            throw new CsvFormatException(
                    file,
                    lineOf(text, quote),
                    null,
                    "quoted cells are not supported: expected plain comma-separated values");
        }
        int headerEnd = lineEnd(text, start);
        CsvHeader header = CsvHeader.parse(file, text.substring(start, contentEnd(text, start, headerEnd)));
        Columns columns = new Columns(header, countLines(text, headerEnd));
        int line = 1;
        int firstBlank = 0;
        for (int pos = headerEnd + 1; pos < text.length(); ) {
            line++;
            int end = lineEnd(text, pos);
            int contentEnd = contentEnd(text, pos, end);
            if (isBlank(text, pos, contentEnd)) {
                firstBlank = firstBlank == 0 ? line : firstBlank;
            } else if (firstBlank != 0) {
                throw new CsvFormatException(file, firstBlank, null, "empty line between rows");
            } else {
                parseRow(file, text, pos, contentEnd, line, header, columns);
            }
            pos = end + 1;
        }
        if (columns.size == 0) {
            throw new CsvFormatException(file, 1, null, "the file has a header but no rows");
        }
        return columns.toRows(file);
    }

    private static void parseRow(
            Path file, String text, int from, int to, int line, CsvHeader header, Columns columns) {
        int row = columns.size;
        int k = 0;
        int cellStart = from;
        while (true) {
            int comma = text.indexOf(',', cellStart);
            int cellEnd = comma < 0 || comma > to ? to : comma;
            if (k == header.size()) {
                throw new CsvFormatException(file, line, null, "row has more cells than the header's " + header.size());
            }
            Column column = header.columnAt(k);
            if (column != null) {
                String cell = text.substring(cellStart, cellEnd).strip();
                columns.set(column, row, cell, file, line);
            }
            k++;
            if (cellEnd == to) {
                break;
            }
            cellStart = cellEnd + 1;
        }
        if (k < header.size()) {
            throw new CsvFormatException(
                    file, line, null, "row has " + k + " of the header's " + header.size() + " cells (truncated?)");
        }
        columns.lines[row] = line;
        columns.size++;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int contentEnd(String text, int from, int lineEnd) {
        return lineEnd > from && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
    }

    private static int countLines(String text, int from) {
        int count = 1;
        for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /** Growing columns while the rows are read; capacity is the number of lines, so they never grow. */
    private static final class Columns {
        private final CsvHeader header;
        private final int[] lines;
        private final long[] days;
        private final double[][] values = new double[Column.values().length][];
        private int size;

        Columns(CsvHeader header, int capacity) {
            this.header = header;
            this.lines = new int[capacity];
            this.days = new long[capacity];
            for (Column c : Column.values()) {
                if (c != Column.DATE && header.has(c)) {
                    values[c.ordinal()] = new double[capacity];
                }
            }
        }

        void set(Column column, int row, String cell, Path file, int line) {
            Column.Cell kind = column.cell();
            if (kind == Column.Cell.DATE) {
                long day = Cells.epochDay(cell);
                if (day == Cells.NOT_A_DATE) {
                    throw new CsvFormatException(file, line, header.nameOf(column), Cells.problem(cell, kind));
                }
                days[row] = day;
                return;
            }
            double value = Cells.number(cell);
            if (Double.isNaN(value)) {
                throw new CsvFormatException(file, line, header.nameOf(column), Cells.problem(cell, kind));
            }
            if (kind == Column.Cell.PRICE && !(value > 0)) {
                throw new CsvFormatException(file, line, header.nameOf(column), cell + " is not a positive price");
            }
            if (value < 0) {
                throw new CsvFormatException(file, line, header.nameOf(column), cell + " is negative");
            }
            values[column.ordinal()][row] = value;
        }

        ParsedRows toRows(Path file) {
            double[][] trimmed = new double[values.length][];
            for (int c = 0; c < values.length; c++) {
                trimmed[c] = values[c] == null ? null : Arrays.copyOf(values[c], size);
            }
            return new ParsedRows(file, header, Arrays.copyOf(lines, size), Arrays.copyOf(days, size), trimmed);
        }
    }
}
