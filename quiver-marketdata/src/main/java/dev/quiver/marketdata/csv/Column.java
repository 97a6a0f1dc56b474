package dev.quiver.marketdata.csv;

import java.util.HashMap;
import java.util.Map;

/** The columns the reader understands, with the header names that mean each and the rule for its cells. */
enum Column {
    DATE(Cell.DATE, "date", "datetime"),
    OPEN(Cell.PRICE, "open"),
    HIGH(Cell.PRICE, "high"),
    LOW(Cell.PRICE, "low"),
    CLOSE(Cell.PRICE, "close"),
    VOLUME(Cell.QUANTITY, "volume"),
    ADJ_CLOSE(Cell.PRICE, "adj close", "adj_close", "adjclose"),
    DIVIDEND(Cell.QUANTITY, "dividend", "dividends"),
    SPLIT(Cell.QUANTITY, "split", "stock splits"),
    CAPITAL_GAINS(Cell.QUANTITY, "capital gains");

    /** What a cell of the column must hold. */
    enum Cell {
        /** An ISO date, or a timestamp whose date part is the session date. */
        DATE,
        /** A finite number above zero. */
        PRICE,
        /** A finite number, zero or more. */
        QUANTITY
    }

    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        for (Column c : values()) {
            for (String name : c.names) {
                BY_NAME.put(name, c);
            }
        }
    }

    private final Cell cell;
    private final String[] names;

    Column(Cell cell, String... names) {
        this.cell = cell;
        this.names = names;
    }

    /** The rule for this column's cells. */
    Cell cell() {
        return cell;
    }

    /** Whether every file must have this column. */
    boolean required() {
        return ordinal() <= CLOSE.ordinal();
    }

    /** The canonical (first) header name, for messages about a missing column. */
    String canonicalName() {
        return names[0];
    }

    /** The column a lower-cased, stripped header name means, or null if the reader ignores it. */
    static Column named(String lowerCaseName) {
        return BY_NAME.get(lowerCaseName);
    }
}
