package dev.quiver.store;

import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads a range of bars in an adjusted view, giving the same numbers as adjusting the whole history
 * and then cutting the range out of it.
 *
 * <p>Split factors depend only on ex-dates, so the split view reads just the range. A dividend's
 * factor also needs the raw close of the session before its ex-date, which may lie after the range:
 * the total-return view therefore reads on up to the last such ex-date, adjusts, and drops the bars
 * after the range.
 */
final class AdjustedBars {

    private AdjustedBars() {}

    /** The bars of {@code stored} with session dates in {@code range}, in the view {@code adjustment}. */
    static BarSeries read(
            Connection connection, StoredAsset stored, Interval interval, DateRange range, Adjustment adjustment)
            throws SQLException {
        ZoneId zone = stored.asset().zone();
        EpochRange wanted = EpochRange.of(range, zone);
        if (adjustment == Adjustment.RAW) {
            return BarTable.read(connection, stored.key(), interval, wanted);
        }
        List<CorporateAction> actions = ActionTable.list(connection, stored.key());
        EpochRange needed = adjustment == Adjustment.TOTAL ? throughLastDividend(wanted, actions, zone) : wanted;
        BarSeries adjusted = PriceAdjuster.adjust(
                BarTable.read(connection, stored.key(), interval, needed), actions, adjustment, zone);
        return needed.equals(wanted) ? adjusted : adjusted.slice(0, countBefore(adjusted, wanted.toExclusive()));
    }

    private static EpochRange throughLastDividend(EpochRange wanted, List<CorporateAction> actions, ZoneId zone) {
        long end = wanted.toExclusive();
        for (CorporateAction action : actions) {
            if (action instanceof CashDividend) {
                end = Math.max(end, action.exDate().atStartOfDay(zone).toEpochSecond());
            }
        }
        return new EpochRange(wanted.fromInclusive(), end);
    }

    private static int countBefore(BarSeries bars, long second) {
        int count = bars.size();
        while (count > 0 && bars.time(count - 1) >= second) {
            count--;
        }
        return count;
    }
}
