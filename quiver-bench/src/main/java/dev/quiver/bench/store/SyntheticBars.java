package dev.quiver.bench.store;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.Interval;
import dev.quiver.store.BarImport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Import batches of made-up daily bars: a random walk per asset on weekdays from 1990 on, with one
 * split and one dividend, so that benchmark stores look like real ones. Deterministic per asset.
 * Stateless; the engine benchmarks use the same bars as warm-start history.
 */
public final class SyntheticBars {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate FIRST = LocalDate.of(1990, 1, 2);

    private SyntheticBars() {}

    /** The symbol of asset number {@code index}: {@code A0000}, {@code A0001}, ... */
    public static AssetId symbol(int index) {
        return AssetId.of(String.format("A%04d", index));
    }

    /** Asset number {@code index}: a New York equity. */
    public static Asset asset(int index) {
        return Asset.of(AssetClass.EQUITY, symbol(index), "Asset " + index, "USD", "NYSE", NEW_YORK);
    }

    /** A batch of {@code bars} weekday bars for asset number {@code index}, with adjusted closes. */
    public static BarImport batch(int index, int bars) {
        Asset asset = asset(index);
        SplittableRandom random = new SplittableRandom(index);
        long[] times = new long[bars];
        double[] open = new double[bars];
        double[] high = new double[bars];
        double[] low = new double[bars];
        double[] close = new double[bars];
        double[] volume = new double[bars];
        double[] adjusted = new double[bars];
        LocalDate date = FIRST;
        double price = 20 + random.nextDouble() * 80;
        for (int i = 0; i < bars; i++) {
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
            times[i] = date.atStartOfDay(NEW_YORK).toEpochSecond();
            open[i] = price;
            price *= Math.exp(random.nextGaussian() * 0.015);
            close[i] = price;
            high[i] = Math.max(open[i], close[i]) * (1 + random.nextDouble() * 0.01);
            low[i] = Math.min(open[i], close[i]) * (1 - random.nextDouble() * 0.01);
            volume[i] = Math.floor(1e5 + random.nextDouble() * 1e6);
            adjusted[i] = close[i] * 0.5;
            date = date.plusDays(1);
        }
        LocalDate last = date;
        List<CorporateAction> actions = List.of(
                new Split(FIRST.plusDays((last.toEpochDay() - FIRST.toEpochDay()) / 2), 2, ActionOrigin.PROVIDED),
                new CashDividend(last.minusDays(30), 0.01, ActionOrigin.PROVIDED));
        return new BarImport(
                asset,
                Interval.ONE_DAY,
                BarSeries.of(times, open, high, low, close, volume),
                adjusted,
                actions,
                "synthetic");
    }
}
