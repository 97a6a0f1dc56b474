package dev.quiver.marketdata.csv.support;

import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.series.PriceAdjuster;
import dev.quiver.core.series.PriceField;
import dev.quiver.marketdata.csv.CsvBars;
import java.time.ZoneId;

/**
 * How well the total-return view of imported bars reproduces the file's own adjusted close.
 *
 * @param lastBarFactor {@code AdjClose / Close} on the last bar: below 1 when the provider adjusted
 *     for distributions after the file's end, which the file cannot show
 * @param maxRelativeError the largest {@code |total / adjClose / k - 1|} over all bars, with {@code k}
 *     the same ratio on the last bar, where the total view equals the raw close; so the constant
 *     factor the file cannot explain is left out
 */
public record AdjCloseFit(double lastBarFactor, double maxRelativeError) {

    /** Measures the fit; the file must have an adjusted close. */
    public static AdjCloseFit of(CsvBars imported, ZoneId zone) {
        double[] adj = imported.providerAdjustedClose();
        BarSeries total = PriceAdjuster.adjust(imported.bars(), imported.actions(), Adjustment.TOTAL, zone);
        int last = adj.length - 1;
        double k = total.value(PriceField.CLOSE, last) / adj[last];
        double max = 0;
        for (int i = 0; i <= last; i++) {
            max = Math.max(max, Math.abs(total.value(PriceField.CLOSE, i) / adj[i] / k - 1));
        }
        return new AdjCloseFit(1 / k, max);
    }
}
