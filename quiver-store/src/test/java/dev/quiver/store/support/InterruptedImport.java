package dev.quiver.store.support;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.Interval;
import dev.quiver.store.BarImport;
import dev.quiver.store.BarStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A process that starts a large import into an existing store so that a test can kill it part-way.
 *
 * <p>Arguments: the database file, and {@code new} (2,000,000 bars of a new asset) or {@code update}
 * (2,000,000 bars of the stored asset {@value #EXISTING}, renaming it and replacing its bars and
 * actions). The store reads its clock once the import transaction has begun, so this process prints
 * {@code importing} from the clock, then {@code committed} if the import ever ends.
 */
public final class InterruptedImport {

    /** The asset the {@code update} import rewrites. */
    public static final String EXISTING = "OLD";

    /** The first session date of the stored bars and of the large import. */
    public static final LocalDate FIRST = LocalDate.of(1990, 1, 2);

    private static final int BARS = 2_000_000;

    private InterruptedImport() {}

    /** Runs the import; see the class comment for the arguments. */
    public static void main(String[] args) {
        boolean update = args[1].equals("update");
        AssetId id = AssetId.of(update ? EXISTING : "NEW");
        Asset asset = Asset.of(AssetClass.ETF, id, "rewritten", "EUR", "XETRA", ZoneId.of("Europe/Berlin"));
        BarImport batch = new BarImport(
                asset,
                Interval.ONE_DAY,
                bars(asset.zone()),
                adjustedCloses(),
                List.of(
                        new Split(FIRST.plusDays(10), 5, ActionOrigin.INFERRED),
                        new CashDividend(FIRST.plusDays(20), 0.01, ActionOrigin.PROVIDED)),
                "interrupted");
        try (BarStore store = BarStore.open(Path.of(args[0]), new AnnouncingClock())) {
            store.importBars(batch);
        }
        System.out.println("committed");
    }

    private static BarSeries bars(ZoneId zone) {
        long[] times = new long[BARS];
        double[] prices = new double[BARS];
        long first = FIRST.atStartOfDay(zone).toEpochSecond();
        for (int i = 0; i < BARS; i++) {
            times[i] = first + 86_400L * i;
            prices[i] = 1_000.0 + i % 1_000;
        }
        return BarSeries.of(times, prices, prices, prices, prices, prices);
    }

    private static double[] adjustedCloses() {
        double[] closes = new double[BARS];
        Arrays.fill(closes, 999.0);
        return closes;
    }

    /** Says {@code importing} each time it is read. */
    private static final class AnnouncingClock extends Clock {

        @Override
        public Instant instant() {
            System.out.println("importing");
            System.out.flush();
            return Instant.EPOCH;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
