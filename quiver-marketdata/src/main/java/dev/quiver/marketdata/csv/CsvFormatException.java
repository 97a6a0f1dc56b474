package dev.quiver.marketdata.csv;

import java.nio.file.Path;

/**
 * A CSV file that cannot be imported, with where and why: {@code AAPL.csv:3: column 'Low': 'oops' is
 * not a number}. Nothing of the file is imported when this is thrown.
 */
public final class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a path is not serialisable, and the message already names the file. */
    private final transient Path file;

    private final int line;
    private final String column;

    /**
     * Creates the exception.
     *
     * @param file the file read
     * @param line the 1-based line at fault (1 is the header)
     * @param column the column at fault as the header spells it, or null if the fault is not in a cell
     * @param problem what is wrong, as the end of the message
     */
    CsvFormatException(Path file, int line, String column, String problem) {
        super(file.getFileName() + ":" + line + ": " + (column == null ? "" : "column '" + column + "': ") + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file read; null only after deserialisation. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault; line 1 is the header. */
    public int line() {
        return line;
    }

    /** The column at fault as the header spells it, or null when the fault is not in one cell. */
    public String column() {
        return column;
    }
}
