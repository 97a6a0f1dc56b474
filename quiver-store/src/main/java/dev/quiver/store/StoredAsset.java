package dev.quiver.store;

import dev.quiver.core.asset.Asset;
import java.util.Objects;

/**
 * An asset with the row key the database gives it, which the other tables refer to.
 *
 * @param key the {@code asset.asset_id} of the row
 * @param asset the asset as stored
 */
record StoredAsset(long key, Asset asset) {

    StoredAsset {
        Objects.requireNonNull(asset, "asset");
    }
}
