package dev.quiver.store.support;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.BarSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/** Builds assets and daily bar series for tests. */
public final class TestBars {

    /** The zone of the test equities. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private TestBars() {}

    /** A NASDAQ equity in USD, New York time, named after its symbol. */
    public static Asset equity(String symbol) {
        return Asset.of(AssetClass.EQUITY, AssetId.of(symbol), symbol + " Inc.", "USD", "NASDAQ", NEW_YORK);
    }

    /**
     * Daily bars, one per weekday from {@code first} on, timed at midnight in {@code zone}, with the
     * given closes; each opens at its close, spans 1% either side and trades {@code 1000 * (i + 1)}.
     */
    public static BarSeries daily(ZoneId zone, LocalDate first, double... closes) {
        int n = closes.length;
        long[] times = new long[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] volume = new double[n];
        LocalDate date = first;
        for (int i = 0; i < n; i++) {
            date = nextWeekday(date);
            times[i] = date.atStartOfDay(zone).toEpochSecond();
            high[i] = closes[i] * 1.01;
            low[i] = closes[i] * 0.99;
            volume[i] = 1000.0 * (i + 1);
            date = date.plusDays(1);
        }
        return BarSeries.of(times, closes, high, low, closes, volume);
    }

    /** {@code n} daily bars from {@code first} on, closing at 100, 101, 102, ... */
    public static BarSeries rising(ZoneId zone, LocalDate first, int n) {
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = 100.0 + i;
        }
        return daily(zone, first, closes);
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
