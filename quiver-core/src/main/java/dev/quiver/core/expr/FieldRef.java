package dev.quiver.core.expr;

import dev.quiver.core.asset.AssetId;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of bars: {@code close} of the subject, or {@code close@SPY} of another asset.
 *
 * <p>The parser does not check that the field exists (that is the binder's job), and a bare name in a
 * positional argument is always a field here: a binder may read an asset-less field standing where an
 * enumeration parameter is expected as that enumeration's value ({@code bbands(20, 2, 2, ema)}).
 * Immutable and thread-safe; equality ignores {@link #start}.
 *
 * @param field the field name, lower-cased
 * @param asset the asset whose bars are read; empty for the subject
 * @param start offset of the field name in the source
 */
public record FieldRef(String field, Optional<AssetId> asset, int start) implements Series {

    /** Normalises the name and checks every component. */
    public FieldRef {
        field = Syntax.name(field, "field");
        Objects.requireNonNull(asset, "asset");
        Syntax.start(start);
    }

    /** A field of the subject, built in code (start 0). */
    public static FieldRef of(String field) {
        return new FieldRef(field, Optional.empty(), 0);
    }

    /** A field of another asset, built in code (start 0). */
    public static FieldRef of(String field, AssetId asset) {
        return new FieldRef(field, Optional.of(asset), 0);
    }

    @Override
    public String canonical() {
        return asset.map(a -> field + "@" + a.symbol()).orElse(field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldRef f && field.equals(f.field) && asset.equals(f.asset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, asset);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
