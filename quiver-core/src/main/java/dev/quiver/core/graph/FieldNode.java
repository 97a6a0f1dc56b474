package dev.quiver.core.graph;

import dev.quiver.core.asset.AssetId;
import java.util.List;
import java.util.Objects;

/**
 * A field of an asset ({@code close}, or {@code close@SPY} for another asset) on the subject's
 * timeline. Immutable and thread-safe.
 *
 * @param subject the asset whose timeline the values follow
 * @param field one of open, high, low, close, volume, adjclose
 * @param source the asset the values come from; equal to the subject for its own fields
 */
public record FieldNode(AssetId subject, String field, AssetId source) implements Node {

    /** Checks the field name. */
    public FieldNode {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(source, "source");
        if (!Fields.isField(field)) {
            throw new IllegalArgumentException("unknown field " + field);
        }
    }

    @Override
    public String expression() {
        return source.equals(subject) ? field : field + "@" + source;
    }

    @Override
    public List<String> outputs() {
        return List.of(field);
    }

    @Override
    public List<NodeOutput> inputs() {
        return List.of();
    }

    @Override
    public int lookback() {
        return 0;
    }
}
