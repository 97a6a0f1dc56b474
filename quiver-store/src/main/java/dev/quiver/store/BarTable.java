package dev.quiver.store;

import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceField;
import dev.quiver.core.time.Interval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;

/**
 * The {@code bar} table: raw bars keyed by (asset, interval, start second), without row ids so that
 * an asset's bars lie together in key order and a range is one B-tree scan.
 *
 * <p>NaN volumes and adjusted closes are stored as NULL and read back as NaN.
 */
final class BarTable {

    /**
     * Bars per insert statement. Binding many rows to one statement saves the driver's per-statement
     * work, which costs more than SQLite's own per-row work: about 45% more bars per second than one
     * row per statement.
     */
    private static final int ROWS_PER_STATEMENT = 50;

    /** Statements bound before the driver runs them. */
    private static final int STATEMENTS_PER_BATCH = 20;

    private static final int COLUMNS = 9;

    private static final String UPSERT_ONE = upsert(1);
    private static final String UPSERT_MANY = upsert(ROWS_PER_STATEMENT);

    private static final String RANGE =
            " FROM bar WHERE asset_id = ? AND interval = ? AND ts >= ? AND ts < ? ORDER BY ts";
    private static final String READ = "SELECT ts, open, high, low, close, volume" + RANGE;
    private static final String READ_ADJUSTED_CLOSE = "SELECT adj_close" + RANGE;

    private BarTable() {}

    /** Inserts or replaces every bar of {@code batch} for the asset of row key {@code asset}. */
    static int upsert(Connection connection, long asset, BarImport batch) throws SQLException {
        int n = batch.bars().size();
        int whole = n - n % ROWS_PER_STATEMENT;
        try (PreparedStatement many = connection.prepareStatement(UPSERT_MANY)) {
            for (int first = 0; first < whole; first += ROWS_PER_STATEMENT) {
                for (int row = 0; row < ROWS_PER_STATEMENT; row++) {
                    bind(many, row * COLUMNS, asset, batch, first + row);
                }
                many.addBatch();
                if ((first / ROWS_PER_STATEMENT + 1) % STATEMENTS_PER_BATCH == 0) {
                    many.executeBatch();
                }
            }
            many.executeBatch();
        }
        if (whole < n) {
            try (PreparedStatement one = connection.prepareStatement(UPSERT_ONE)) {
                for (int i = whole; i < n; i++) {
                    bind(one, 0, asset, batch, i);
                    one.addBatch();
                }
                one.executeBatch();
            }
        }
        return n;
    }

    /** The raw bars of the asset of row key {@code asset} whose start lies in {@code range}. */
    static BarSeries read(Connection connection, long asset, Interval interval, EpochRange range) throws SQLException {
        try (PreparedStatement read = prepareRange(connection, READ, asset, interval, range)) {
            return BarRowReader.read(read);
        }
    }

    /** The provider's adjusted closes of the bars {@link #read} returns for the same range, NaN where none. */
    static double[] readAdjustedClose(Connection connection, long asset, Interval interval, EpochRange range)
            throws SQLException {
        try (PreparedStatement read = prepareRange(connection, READ_ADJUSTED_CLOSE, asset, interval, range);
                ResultSet row = read.executeQuery()) {
            double[] values = new double[1024];
            int size = 0;
            while (row.next()) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                double value = row.getDouble(1);
                values[size++] = row.wasNull() ? Double.NaN : value;
            }
            return Arrays.copyOf(values, size);
        }
    }

    private static PreparedStatement prepareRange(
            Connection connection, String sql, long asset, Interval interval, EpochRange range) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setLong(1, asset);
            statement.setString(2, interval.code());
            statement.setLong(3, range.fromInclusive());
            statement.setLong(4, range.toExclusive());
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int offset, long asset, BarImport batch, int i)
            throws SQLException {
        BarSeries bars = batch.bars();
        statement.setLong(offset + 1, asset);
        statement.setString(offset + 2, batch.interval().code());
        statement.setLong(offset + 3, bars.time(i));
        statement.setDouble(offset + 4, bars.value(PriceField.OPEN, i));
        statement.setDouble(offset + 5, bars.value(PriceField.HIGH, i));
        statement.setDouble(offset + 6, bars.value(PriceField.LOW, i));
        statement.setDouble(offset + 7, bars.value(PriceField.CLOSE, i));
        setNullable(statement, offset + 8, bars.value(PriceField.VOLUME, i));
        setNullable(statement, offset + 9, batch.providerAdjustedClose(i));
    }

    /** An upsert of {@code rows} bars in one statement. */
    private static String upsert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(COLUMNS, "?")) + ")";
        return "INSERT INTO bar (asset_id, interval, ts, open, high, low, close, volume, adj_close) VALUES "
                + String.join(", ", Collections.nCopies(rows, row))
                + " ON CONFLICT (asset_id, interval, ts) DO UPDATE SET open = excluded.open, high = excluded.high,"
                + " low = excluded.low, close = excluded.close, volume = excluded.volume,"
                + " adj_close = excluded.adj_close";
    }

    private static void setNullable(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }
}
