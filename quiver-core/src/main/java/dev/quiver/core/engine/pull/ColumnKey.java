package dev.quiver.core.engine.pull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Identifies a computed node column: the node, the range start when the node reads an anchored
 * analytic (a metric, whose values start at the range start), the range end it was computed up to,
 * the alignment of other assets, and the revision of every asset it reads (in a fixed order).
 * Immutable.
 *
 * @param node the node's key, {@code SUBJECT:expression}
 * @param anchor the range start for nodes that read an anchored analytic, else {@link LocalDate#MIN}
 * @param endExclusive the range end; values cover every bar before it
 * @param alignment how other assets were aligned
 * @param revisions the revisions of the subject and of every asset the node reads, in first-mention order
 */
public record ColumnKey(
        String node, LocalDate anchor, LocalDate endExclusive, Alignment alignment, List<Long> revisions) {

    /** Copies the revisions. */
    public ColumnKey {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(endExclusive, "endExclusive");
        Objects.requireNonNull(alignment, "alignment");
        revisions = List.copyOf(revisions);
    }
}
