package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import java.time.Instant;
import java.util.Objects;

/**
 * The value of one column of a subject at one bar, as a subscription delivers it. Immutable and
 * thread-safe.
 *
 * @param asset the subject
 * @param column the column label: the expression as subscribed, with {@code .output} appended for
 *     each output of a multi-output analytic subscribed without a selector
 * @param barTime the start of the bar the value is for
 * @param value the value; NaN when undefined (before the lookback, or on a bar with a missing input)
 * @param provisional true while the bar is forming (a later update for the same bar replaces it);
 *     false once the bar is closed and the value committed
 * @param stale true when an asset the column reads has had no input for longer than the engine's
 *     staleness duration
 */
public record NodeUpdate(
        AssetId asset, String column, Instant barTime, double value, boolean provisional, boolean stale) {

    /** Requires the asset, column and bar time. */
    public NodeUpdate {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(barTime, "barTime");
    }

    /** The node key of the column, {@code SYMBOL:column}. */
    public String key() {
        return asset + ":" + column;
    }
}
