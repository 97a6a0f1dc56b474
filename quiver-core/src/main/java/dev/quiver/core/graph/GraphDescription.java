package dev.quiver.core.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain description of an {@link AnalyticsGraph} for export: nodes in topological order, edges
 * from an input's output to its consumer, and the requested columns. Records all the way down, so
 * that any JSON library writes it as it is. Immutable.
 *
 * @param nodes every node, inputs first
 * @param edges one per input of each analytic
 * @param columns the requested columns with the node output each reads
 */
public record GraphDescription(
        List<NodeDescription> nodes, List<EdgeDescription> edges, List<ColumnDescription> columns) {

    /**
     * One node.
     *
     * @param key {@code SUBJECT:expression}
     * @param kind {@code field} or {@code analytic}
     * @param name the field or analytic name
     * @param expression the normalised expression
     * @param outputs output names
     * @param lookback bars the node itself needs before its first output
     * @param firstDefined the first bar with a value when data starts at bar 0 (the warm-up)
     * @param height 0 for fields, one more than the highest input otherwise
     */
    public record NodeDescription(
            String key,
            String kind,
            String name,
            String expression,
            List<String> outputs,
            int lookback,
            int firstDefined,
            int height) {}

    /**
     * One edge.
     *
     * @param from the input node's key
     * @param output the input node's output read
     * @param to the consuming node's key
     * @param input the position of this input among the consumer's inputs
     */
    public record EdgeDescription(String from, String output, String to, int input) {}

    /**
     * One requested column.
     *
     * @param label the column header
     * @param node the key of the node computing it
     * @param output the node output read
     */
    public record ColumnDescription(String label, String node, String output) {}

    /** Describes {@code graph}. */
    public static GraphDescription of(AnalyticsGraph graph) {
        List<NodeDescription> nodes = new ArrayList<>();
        List<EdgeDescription> edges = new ArrayList<>();
        for (Node node : graph.topologicalOrder()) {
            String name =
                    node instanceof AnalyticNode a ? a.analytic().definition().name() : ((FieldNode) node).field();
            nodes.add(new NodeDescription(
                    node.key(),
                    node instanceof AnalyticNode ? "analytic" : "field",
                    name,
                    node.expression(),
                    node.outputs(),
                    node.lookback(),
                    graph.firstDefined(node),
                    graph.height(node)));
            for (int k = 0; k < node.inputs().size(); k++) {
                NodeOutput input = node.inputs().get(k);
                edges.add(new EdgeDescription(input.node().key(), input.name(), node.key(), k));
            }
        }
        List<ColumnDescription> columns = graph.requested().stream()
                .map(c -> new ColumnDescription(
                        c.label(), c.source().node().key(), c.source().name()))
                .toList();
        return new GraphDescription(List.copyOf(nodes), List.copyOf(edges), columns);
    }

    /** The graph in Graphviz DOT: fields as ellipses, analytics as boxes, requested columns bold. */
    public String toDot() {
        StringBuilder dot = new StringBuilder("digraph quiver {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
        for (NodeDescription node : nodes) {
            boolean requested = columns.stream().anyMatch(c -> c.node().equals(node.key()));
            dot.append("  ")
                    .append(quote(node.key()))
                    .append(" [label=")
                    .append(quote(node.key() + "\\nlookback " + node.lookback()))
                    .append(", shape=")
                    .append(node.kind().equals("field") ? "ellipse" : "box")
                    .append(requested ? ", style=bold" : "")
                    .append("];\n");
        }
        for (EdgeDescription edge : edges) {
            dot.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
            NodeDescription from = nodes.stream()
                    .filter(n -> n.key().equals(edge.from()))
                    .findFirst()
                    .orElseThrow();
            if (from.outputs().size() > 1) {
                dot.append(" [label=").append(quote(edge.output())).append("]");
            }
            dot.append(";\n");
        }
        return dot.append("}\n").toString();
    }

    /** Quotes a DOT identifier; keys hold no backslashes, so only quotes need escaping. */
    private static String quote(String text) {
        return '"' + text.replace("\"", "\\\"") + '"';
    }
}
