package dev.quiver.core.engine.push.support;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.series.Bar;
import dev.quiver.core.series.BarSeries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Small synthetic daily series: each bar derived from its close, on New York dates. */
public final class Daily {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Daily() {}

    /** The bar of {@code date} around {@code close}: open 1% below, high 2% above, low 2% below. */
    public static Bar bar(LocalDate date, double close) {
        return new Bar(date.atStartOfDay(NEW_YORK).toInstant(), close * 0.99, close * 1.02, close * 0.98, close, 1000);
    }

    /** An asset with one bar per date. */
    public static AssetData asset(String symbol, List<LocalDate> dates, double[] closes) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            bars.add(bar(dates.get(i), closes[i]));
        }
        return new AssetData(Asset.defaultFor(AssetId.of(symbol)), BarSeries.of(bars), null);
    }

    /** The start of {@code date} in New York, the time of its daily bar. */
    public static long midnight(LocalDate date) {
        return date.atStartOfDay(NEW_YORK).toEpochSecond();
    }
}
