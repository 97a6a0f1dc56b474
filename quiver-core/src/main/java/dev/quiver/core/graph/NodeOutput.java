package dev.quiver.core.graph;

import java.util.Objects;

/**
 * One output column of a node: what an input or a requested column refers to. Immutable and
 * thread-safe.
 *
 * @param node the node
 * @param index the output's index in {@link Node#outputs()}
 */
public record NodeOutput(Node node, int index) {

    /** Checks the index. */
    public NodeOutput {
        Objects.requireNonNull(node, "node");
        if (index < 0 || index >= node.outputs().size()) {
            throw new IllegalArgumentException(node.key() + " has no output " + index);
        }
    }

    /** The output's name. */
    public String name() {
        return node.outputs().get(index);
    }

    /** {@code SUBJECT:expression}, with {@code .output} for a multi-output node. */
    public String key() {
        return node.outputs().size() == 1 ? node.key() : node.key() + "." + name();
    }
}
