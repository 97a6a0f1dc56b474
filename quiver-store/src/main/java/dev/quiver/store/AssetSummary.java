package dev.quiver.store;

import dev.quiver.core.asset.Asset;
import java.time.Instant;
import java.util.Objects;

/**
 * What the store holds for one asset, counted over every interval. Immutable and thread-safe.
 *
 * @param asset the asset as stored
 * @param bars the number of bars stored
 * @param firstBarTime the start of the earliest bar; null when there are no bars
 * @param lastBarTime the start of the latest bar; null when there are no bars
 * @param splits the number of splits stored
 * @param dividends the number of cash dividends stored
 * @param inferredActions how many of those splits and dividends Quiver inferred rather than read
 */
public record AssetSummary(
        Asset asset,
        int bars,
        Instant firstBarTime,
        Instant lastBarTime,
        int splits,
        int dividends,
        int inferredActions) {

    /** Requires an asset, counts that are not negative, and both bar times exactly when there are bars. */
    public AssetSummary {
        Objects.requireNonNull(asset, "asset");
        if (bars < 0 || splits < 0 || dividends < 0 || inferredActions < 0) {
            throw new IllegalArgumentException("counts must not be negative in the summary of " + asset.id());
        }
        if (inferredActions > splits + dividends) {
            throw new IllegalArgumentException("more inferred actions than actions in the summary of " + asset.id());
        }
        if ((bars == 0) != (firstBarTime == null) || (bars == 0) != (lastBarTime == null)) {
            throw new IllegalArgumentException(
                    "first and last bar times must be given exactly when there are bars, for " + asset.id());
        }
    }
}
