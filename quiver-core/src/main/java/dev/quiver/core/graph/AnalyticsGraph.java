package dev.quiver.core.graph;

import dev.quiver.core.asset.AssetId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * A checked, planned dependency graph: deduplicated nodes, the edges from inputs to consumers, the
 * requested columns, a topological order, and each node's height and first defined bar. Built by
 * {@link GraphBuilder}; immutable and thread-safe once built.
 */
public final class AnalyticsGraph {

    private final DirectedAcyclicGraph<Node, DefaultEdge> dag;
    private final List<RequestedColumn> requested;
    private final List<AssetReference> assets;
    private final List<Node> order;
    private final Map<Node, Integer> firstDefined = new HashMap<>();
    private final Map<Node, Integer> height = new HashMap<>();

    AnalyticsGraph(
            DirectedAcyclicGraph<Node, DefaultEdge> dag, List<RequestedColumn> requested, List<AssetReference> assets) {
        this.dag = dag;
        this.requested = List.copyOf(requested);
        this.assets = List.copyOf(assets);
        List<Node> sorted = new ArrayList<>();
        dag.iterator().forEachRemaining(sorted::add);
        this.order = Collections.unmodifiableList(sorted);
        for (Node node : order) {
            int first = 0;
            int level = 0;
            for (NodeOutput input : node.inputs()) {
                first = Math.max(first, firstDefined.get(input.node()));
                level = Math.max(level, height.get(input.node()) + 1);
            }
            firstDefined.put(node, first + node.lookback());
            height.put(node, level);
        }
    }

    /** The columns asked for, in request order. */
    public List<RequestedColumn> requested() {
        return requested;
    }

    /** Every node, inputs before the nodes that read them. */
    public List<Node> topologicalOrder() {
        return order;
    }

    /** The nodes that read {@code node}'s outputs. */
    public List<Node> consumers(Node node) {
        return dag.outgoingEdgesOf(node).stream().map(dag::getEdgeTarget).toList();
    }

    /** The height: 0 for fields, else one more than the highest input. Push recomputes in this order. */
    public int height(Node node) {
        return height.get(node);
    }

    /**
     * The index of the first bar with a value when inputs start at bar 0: the sum of lookbacks along
     * the longest chain of inputs. The warm-up a requested column needs before its first wanted bar.
     */
    public int firstDefined(Node node) {
        return firstDefined.get(node);
    }

    /** The subject and every other asset the expressions name, each with its first mention. */
    public List<AssetReference> assets() {
        return assets;
    }

    /** The assets only, in first-mention order. */
    public List<AssetId> assetIds() {
        return assets.stream().map(AssetReference::asset).toList();
    }

    /** The number of distinct nodes. */
    public int size() {
        return order.size();
    }
}
