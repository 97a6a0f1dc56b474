package dev.quiver.cli;

import dev.quiver.store.AssetSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One aligned line describing what the database holds for an asset. Stateless. */
final class SummaryText {

    /** The column headings matching {@link #line}. */
    static final String HEADER = String.format(
            "%-12s %-7s %-4s %7s  %-10s    %-10s  %s", "symbol", "class", "ccy", "bars", "first", "last", "actions");

    private SummaryText() {}

    static String line(AssetSummary s, ZoneId zone) {
        String actions = count(s.splits(), "split") + ", " + count(s.dividends(), "dividend")
                + (s.inferredActions() > 0 ? " (" + s.inferredActions() + " inferred)" : "");
        return String.format(
                "%-12s %-7s %-4s %7d  %-10s .. %-10s  %s",
                s.asset().id().symbol(),
                s.asset().assetClass().code(),
                s.asset().currency(),
                s.bars(),
                date(s.firstBarTime(), zone),
                date(s.lastBarTime(), zone),
                actions);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String date(Instant time, ZoneId zone) {
        return time == null ? "-" : LocalDate.ofInstant(time, zone).toString();
    }
}
