package dev.quiver.marketdata.csv;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Puts rows in ascending date order, whatever order the file has (Yahoo's old downloads are newest
 * first), and rejects a date that occurs twice. Stateless.
 */
final class DateOrder {

    private DateOrder() {}

    /**
     * The rows in ascending date order; {@code rows} itself when already ascending.
     *
     * @throws CsvFormatException at the later line of the first duplicate date
     */
    static ParsedRows ascending(ParsedRows rows) {
        int n = rows.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (rows.day(i) << 32) | i;
        }
        Arrays.sort(keys);
        boolean identity = true;
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            order[j] = (int) keys[j];
            identity &= order[j] == j;
            if (j > 0 && keys[j] >> 32 == keys[j - 1] >> 32) {
                int a = Math.min(order[j], order[j - 1]);
                int b = Math.max(order[j], order[j - 1]);
                throw rows.error(
                        b,
                        Column.DATE,
                        "duplicate date " + LocalDate.ofEpochDay(rows.day(b)) + " (also on line " + rows.line(a) + ")");
            }
        }
        return identity ? rows : rows.permuted(order);
    }
}
