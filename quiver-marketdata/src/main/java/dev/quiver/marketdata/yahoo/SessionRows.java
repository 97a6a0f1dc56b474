package dev.quiver.marketdata.yahoo;

import dev.quiver.core.time.Interval;
import dev.quiver.marketdata.BarCollector;
import dev.quiver.marketdata.BarRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the rows of a chart answer that become bars: those whose session date, counted in the
 * exchange's zone ({@code meta.exchangeTimezoneName}, never {@code meta.gmtoffset}, which is the
 * offset at the time of the answer), lies in the requested range. A row with a null or non-positive
 * price, or a high below its low, is skipped with a warning; of two rows for the same session (or
 * the same intraday time) the later is kept. Stateless.
 */
final class SessionRows {

    private SessionRows() {}

    /** The rows of {@code chart} to keep, ascending by time; adds a warning for each row dropped. */
    static List<SessionRow> select(Chart chart, BarRequest request, List<String> warnings) {
        ZoneId zone = chart.meta().zone();
        boolean daily = request.interval() == Interval.ONE_DAY;
        List<SessionRow> rows = new ArrayList<>();
        for (int i = 0; i < chart.size(); i++) {
            Instant stamp = Instant.ofEpochSecond(chart.times()[i]);
            LocalDate date = LocalDate.ofInstant(stamp, zone);
            if (!request.range().contains(date)) {
                continue;
            }
            String label = daily ? date.toString() : stamp.toString();
            String problem = problem(chart, i);
            if (problem != null) {
                warnings.add(label + ": bar skipped: " + problem);
                continue;
            }
            long time = daily ? date.atStartOfDay(zone).toEpochSecond() : stamp.getEpochSecond();
            SessionRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.time() >= time) {
                if (last.time() > time) {
                    warnings.add(label + ": bar skipped: out of time order");
                    continue;
                }
                warnings.add(label + ": two bars for the same " + (daily ? "session" : "time") + "; the later kept");
                rows.remove(rows.size() - 1);
            }
            rows.add(new SessionRow(i, date, time));
        }
        return rows;
    }

    private static String problem(Chart chart, int i) {
        return BarCollector.problem(chart.open()[i], chart.high()[i], chart.low()[i], chart.close()[i]);
    }
}
