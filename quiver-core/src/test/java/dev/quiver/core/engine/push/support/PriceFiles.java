package dev.quiver.core.engine.push.support;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.series.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the project's Yahoo-layout price files ({@code data/prices/SYMBOL.csv}: Date, Open, High,
 * Low, Close, Adj Close, Volume; sources in NOTICE) as the pull engine sees an asset: daily bars at
 * midnight New York time, with the adjusted close as the total-return close.
 */
public final class PriceFiles {

    private PriceFiles() {}

    /** The bars of {@code symbol}. */
    public static AssetData yahoo(String symbol) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("../data/prices/" + symbol + ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AssetId id = AssetId.of(symbol);
        Asset asset = Asset.defaultFor(id);
        ZoneId zone = asset.zone();
        int n = lines.size() - 1;
        long[] times = new long[n];
        double[][] c = new double[6][n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            times[i] = LocalDate.parse(f[0]).atStartOfDay(zone).toEpochSecond();
            for (int k = 0; k < 6; k++) {
                c[k][i] = Double.parseDouble(f[k + 1]);
            }
        }
        return new AssetData(asset, BarSeries.of(times, c[0], c[1], c[2], c[3], c[5]), c[4]);
    }
}
