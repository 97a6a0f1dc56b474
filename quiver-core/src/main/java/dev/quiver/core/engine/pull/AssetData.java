package dev.quiver.core.engine.pull;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.series.BarSeries;
import java.util.Objects;

/**
 * The bars of one asset as the engine computes on them, with its total-return close for the {@code
 * adjclose} field. Immutable by convention: the engine never writes the arrays.
 *
 * @param asset the asset, whose zone turns bar times into session dates
 * @param bars the bars (as the source chose to adjust them), ascending
 * @param adjustedClose the total-return close aligned with {@code bars}, or null when unavailable
 */
public record AssetData(Asset asset, BarSeries bars, double[] adjustedClose) {

    /** Checks that the adjusted close, if any, is aligned with the bars. */
    public AssetData {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(bars, "bars");
        if (adjustedClose != null && adjustedClose.length != bars.size()) {
            throw new IllegalArgumentException(
                    "adjusted close has " + adjustedClose.length + " values for " + bars.size() + " bars");
        }
    }
}
