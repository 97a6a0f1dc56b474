package dev.quiver.store;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.Interval;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One batch to store for one asset: raw bars at one interval, the provider's adjusted closes, the
 * corporate actions and where it all came from. Immutable and thread-safe: the array and list are
 * copied in and out.
 *
 * @param asset the asset, stored or updated with the bars
 * @param interval the interval of every bar
 * @param bars the raw (as traded) bars, ascending
 * @param providerAdjustedClose the provider's own adjusted close per bar (NaN where it has none), or
 *     null when it gives none at all
 * @param actions the asset's splits and dividends known to the source, in any order
 * @param source where the batch came from, such as {@code yahoo} or a file name; not blank
 */
public record BarImport(
        Asset asset,
        Interval interval,
        BarSeries bars,
        double[] providerAdjustedClose,
        List<CorporateAction> actions,
        String source) {

    /**
     * Checks the batch and copies the array and list.
     *
     * @throws NullPointerException if anything but {@code providerAdjustedClose} is null
     * @throws IllegalArgumentException if the adjusted closes do not match the bars one for one, or
     *     the source is blank
     */
    public BarImport {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(source, "source");
        actions = List.copyOf(actions);
        if (providerAdjustedClose != null) {
            if (providerAdjustedClose.length != bars.size()) {
                throw new IllegalArgumentException("batch for " + asset.id() + " has " + bars.size() + " bars but "
                        + providerAdjustedClose.length + " adjusted closes");
            }
            providerAdjustedClose = providerAdjustedClose.clone();
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("batch for " + asset.id() + " needs a source");
        }
    }

    /** A batch without provider adjusted closes. */
    public static BarImport of(
            Asset asset, Interval interval, BarSeries bars, List<CorporateAction> actions, String source) {
        return new BarImport(asset, interval, bars, null, actions, source);
    }

    /** A copy of the provider's adjusted closes, or null when the batch has none. */
    @Override
    public double[] providerAdjustedClose() {
        return providerAdjustedClose == null ? null : providerAdjustedClose.clone();
    }

    /** The provider's adjusted close of bar {@code i}, NaN when there is none. */
    double providerAdjustedClose(int i) {
        return providerAdjustedClose == null ? Double.NaN : providerAdjustedClose[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarImport other
                && asset.equals(other.asset)
                && interval == other.interval
                && bars.equals(other.bars)
                && Arrays.equals(providerAdjustedClose, other.providerAdjustedClose)
                && actions.equals(other.actions)
                && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asset, interval, bars, Arrays.hashCode(providerAdjustedClose), actions, source);
    }

    @Override
    public String toString() {
        return "BarImport[" + asset.id() + " " + interval.code() + ", " + bars.size() + " bars, " + actions.size()
                + " actions, from " + source + "]";
    }
}
