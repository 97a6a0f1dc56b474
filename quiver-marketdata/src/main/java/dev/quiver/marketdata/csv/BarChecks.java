package dev.quiver.marketdata.csv;

import java.util.List;
import java.util.Locale;

/**
 * Checks that each row is a possible bar: high not below low, and open and close within [low, high].
 *
 * <p>Real Yahoo data breaks the second rule slightly: {@code SPY.csv} opens below the low on
 * 2015-03-05 (by 0.21%) and 2015-03-30 (by 0.59%, the open being the previous close), while an older
 * download of the same days ({@code SPY_2000-2016.csv}) has opens inside the range. So an open or
 * close outside the range by at most {@value #TOLERANCE_PERCENT}% is kept as given with a warning,
 * and more than that is an error. A high below the low is always an error. Stateless.
 */
final class BarChecks {

    private static final double TOLERANCE_PERCENT = 1.0;
    private static final double TOLERANCE = TOLERANCE_PERCENT / 100;

    private BarChecks() {}

    /**
     * Checks every row, adding a warning for each small excursion.
     *
     * @throws CsvFormatException at the first row that cannot be a bar
     */
    static void check(ParsedRows rows, List<CsvWarning> warnings) {
        double[] open = rows.values(Column.OPEN);
        double[] high = rows.values(Column.HIGH);
        double[] low = rows.values(Column.LOW);
        double[] close = rows.values(Column.CLOSE);
        for (int i = 0; i < rows.size(); i++) {
            if (high[i] < low[i]) {
                throw rows.error(i, Column.HIGH, "high " + high[i] + " is below low " + low[i]);
            }
            inRange(rows, i, Column.OPEN, open[i], low[i], high[i], warnings);
            inRange(rows, i, Column.CLOSE, close[i], low[i], high[i], warnings);
        }
    }

    private static void inRange(
            ParsedRows rows, int i, Column column, double value, double low, double high, List<CsvWarning> warnings) {
        String side;
        double excess;
        if (value < low) {
            side = "below low " + low;
            excess = (low - value) / low;
        } else if (value > high) {
            side = "above high " + high;
            excess = (value - high) / high;
        } else {
            return;
        }
        String what = column.canonicalName() + " " + value + " is " + side;
        if (excess > TOLERANCE) {
            throw rows.error(i, column, what + " by more than " + TOLERANCE_PERCENT + "%");
        }
        warnings.add(rows.warning(i, String.format(Locale.ROOT, "%s (by %.2f%%); kept as given", what, excess * 100)));
    }
}
