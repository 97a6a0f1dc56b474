package dev.quiver.core.engine.pull;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the pull engine reads bars from: the store, a CSV file, a test fixture. Implementations
 * document their own threading; the engine may call {@link #load} from several threads at once.
 */
public interface BarSource {

    /**
     * All daily bars of an asset before {@code endExclusive} (every earlier bar is warm-up).
     *
     * @return empty if the source does not know the asset
     */
    Optional<AssetData> load(AssetId id, LocalDate endExclusive);

    /**
     * The asset itself, without its bars: what the engine needs to plan (the calendar gives the
     * annualisation of metrics) before reading anything.
     *
     * @return empty if the source does not know the asset
     */
    Optional<Asset> asset(AssetId id);

    /**
     * A number that changes whenever the asset's bars or actions change, so that values computed from
     * them may be cached; empty (the default) when the source cannot tell, and nothing is cached.
     */
    default OptionalLong revision(AssetId id) {
        return OptionalLong.empty();
    }
}
