package dev.quiver.core.graph;

import java.util.Objects;

/**
 * A column someone asked for: its label (the expression exactly as written, with {@code .output}
 * appended for each output of a multi-output analytic asked for without a selector) and the node
 * output that computes it. Immutable and thread-safe.
 *
 * @param label the column header
 * @param source the node output
 */
public record RequestedColumn(String label, NodeOutput source) {

    /** Requires both parts. */
    public RequestedColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }
}
