package dev.quiver.store;

import dev.quiver.core.asset.AssetId;
import java.util.Objects;

/**
 * What one {@link BarStore#importBars} stored. Immutable and thread-safe.
 *
 * @param asset the asset the batch was for
 * @param bars the number of bars written (inserted or replaced)
 * @param actions the number of corporate actions written (inserted or replaced)
 */
public record ImportReport(AssetId asset, int bars, int actions) {

    /** Requires an asset and counts that are not negative. */
    public ImportReport {
        Objects.requireNonNull(asset, "asset");
        if (bars < 0 || actions < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative: " + bars + " bars, " + actions + " actions");
        }
    }
}
