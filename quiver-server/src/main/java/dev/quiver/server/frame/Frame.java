package dev.quiver.server.frame;

import java.util.List;
import java.util.Objects;

/**
 * A table for one asset: a time axis and named numeric columns of the same length. What every
 * encoder writes. Immutable.
 *
 * @param symbol the asset's symbol
 * @param times the row labels
 * @param columns the columns, in request order
 */
public record Frame(String symbol, TimeAxis times, List<Column> columns) {

    /** Checks that every column has one value per row and that labels are unique. */
    public Frame {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(times, "times");
        columns = List.copyOf(columns);
        for (Column column : columns) {
            if (column.values().length != times.size()) {
                throw new IllegalArgumentException("column " + column.label() + " has " + column.values().length
                        + " values for " + times.size() + " rows");
            }
        }
        if (columns.stream().map(Column::label).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("column labels repeat in the frame of " + symbol);
        }
    }
}
