package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.IncrementalState;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.graph.AnalyticNode;
import dev.quiver.core.graph.AnalyticsGraph;
import dev.quiver.core.graph.FieldNode;
import dev.quiver.core.graph.Node;
import dev.quiver.core.graph.NodeOutput;
import dev.quiver.core.graph.RequestedColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A subject's analytics graph compiled for live evaluation: nodes numbered in height order (so that
 * every input comes before its consumers), each analytic with its incremental state, its input
 * positions and a reusable input row, and the current output values of every node.
 *
 * <p>A {@linkplain #commit commit} gives every node the final row of a closed bar. A {@linkplain
 * #provisional provisional step} gives the forming bar: field nodes are re-read, and only analytics
 * downstream of a field whose bits changed are evaluated, in one sweep in height order, each at most
 * once; an analytic whose outputs keep every bit stops the propagation there (cutoff). The first
 * step after a commit evaluates every node, since every state has moved. Other assets' fields take
 * only their committed bars, matched by key under the alignment.
 *
 * <p>Not thread-safe: owned by one shard's writer. Steps allocate nothing.
 */
final class Plan {

    /** Where a requested column's values are: a node and one of its outputs. */
    record Column(int node, int output) {}

    private final OwnedAsset own;
    private final Alignment alignment;
    private final Counters counters;
    private final Node[] nodes;
    private final TrackedAsset[] fieldSource;
    private final int[] field;
    private final int[][] inNode;
    private final int[][] inOutput;
    private final double[][] rows;
    private final int[][] consumers;
    private final double[][] out;
    private final boolean[] dirty;
    private final long[] masks;
    private final List<TrackedAsset> assets;
    private final List<TrackedAsset> foreign = new ArrayList<>();
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final IncrementalState[] states;
    private boolean freshBar = true;

    /**
     * Compiles {@code graph}, whose subject is {@code own}.
     *
     * @param sources the data of every other asset the graph reads
     * @throws IllegalArgumentException if the graph reads more than 64 assets
     */
    Plan(
            AnalyticsGraph graph,
            OwnedAsset own,
            Function<AssetId, TrackedAsset> sources,
            Alignment alignment,
            Counters counters) {
        this.own = own;
        this.alignment = alignment;
        this.counters = counters;
        List<Node> order = new ArrayList<>(graph.topologicalOrder());
        order.sort(Comparator.comparingInt(graph::height));
        int n = order.size();
        nodes = order.toArray(new Node[0]);
        Map<Node, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes[i], i);
        }
        fieldSource = new TrackedAsset[n];
        field = new int[n];
        inNode = new int[n][];
        inOutput = new int[n][];
        rows = new double[n][];
        consumers = new int[n][];
        out = new double[n][];
        dirty = new boolean[n];
        masks = new long[n];
        states = new IncrementalState[n];
        assets = new ArrayList<>(List.of(own.data()));
        for (int i = 0; i < n; i++) {
            Node node = nodes[i];
            out[i] = new double[node.outputs().size()];
            consumers[i] =
                    graph.consumers(node).stream().mapToInt(index::get).sorted().toArray();
            if (node instanceof FieldNode f) {
                TrackedAsset source = f.source().equals(own.data().id()) ? own.data() : sources.apply(f.source());
                fieldSource[i] = source;
                field[i] = Fields.of(f.field());
                masks[i] = 1L << assetIndex(source);
            } else {
                List<NodeOutput> inputs = node.inputs();
                inNode[i] = inputs.stream().mapToInt(o -> index.get(o.node())).toArray();
                inOutput[i] = inputs.stream().mapToInt(NodeOutput::index).toArray();
                rows[i] = new double[inputs.size()];
                for (int k : inNode[i]) {
                    masks[i] |= masks[k];
                }
            }
        }
        for (RequestedColumn column : graph.requested()) {
            columns.put(
                    column.label(),
                    new Column(
                            index.get(column.source().node()), column.source().index()));
        }
        reset();
    }

    private int assetIndex(TrackedAsset source) {
        int i = assets.indexOf(source);
        if (i >= 0) {
            return i;
        }
        if (assets.size() == Long.SIZE) {
            throw new IllegalArgumentException("a subject's expressions may read at most 64 assets");
        }
        assets.add(source);
        foreign.add(source);
        return assets.size() - 1;
    }

    /** Fresh states with nothing committed, every value NaN. */
    void reset() {
        for (int i = 0; i < nodes.length; i++) {
            java.util.Arrays.fill(out[i], Double.NaN);
            dirty[i] = false;
            if (nodes[i] instanceof AnalyticNode a) {
                states[i] = a.analytic().newState();
            }
        }
        freshBar = true;
    }

    /** The column of that label, or null if no requested column has it. */
    Column column(String label) {
        return columns.get(label);
    }

    /** The requested columns by label, in request order. */
    Map<String, Column> columns() {
        return columns;
    }

    /** Every asset the graph reads: the subject first. */
    List<TrackedAsset> assets() {
        return assets;
    }

    /** Whether every other asset read has its history. */
    boolean sourcesReady() {
        for (TrackedAsset source : foreign) {
            if (!source.ready()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every other asset read is final through {@code key}, so that a bar there can commit. */
    boolean finalThrough(long key) {
        for (TrackedAsset source : foreign) {
            if (source.watermark() < key) {
                return false;
            }
        }
        return true;
    }

    /** Output {@code output} of node {@code node} after the last step. */
    double value(int node, int output) {
        return out[node][output];
    }

    /** The assets {@code node} reads, one bit each in the order of {@link #assets()}. */
    long mask(int node) {
        return masks[node];
    }

    /** Whether any asset in {@code mask} is stale. */
    boolean stale(long mask) {
        for (int a = 0; a < assets.size(); a++) {
            if ((mask & (1L << a)) != 0 && assets.get(a).stale()) {
                return true;
            }
        }
        return false;
    }

    /** Commits bar {@code bar} of the subject's history into every node's state. */
    void commit(int bar) {
        BarHistory history = own.data().history();
        long key = history.key(bar);
        for (int i = 0; i < nodes.length; i++) {
            if (fieldSource[i] == own.data()) {
                out[i][0] = history.value(field[i], bar);
            } else if (fieldSource[i] != null) {
                out[i][0] = fieldSource[i].history().aligned(field[i], key, alignment);
            } else {
                evaluate(i, false);
            }
            dirty[i] = false;
        }
        freshBar = true;
        counters.increment(Counter.COMMITS);
    }

    /** Evaluates the subject's forming bar provisionally, recomputing only what changed. */
    void provisional() {
        long key = own.forming().key();
        boolean all = freshBar;
        freshBar = false;
        for (int i = 0; i < nodes.length; i++) {
            if (fieldSource[i] != null) {
                double v = fieldSource[i] == own.data()
                        ? own.formingValue(field[i])
                        : fieldSource[i].history().aligned(field[i], key, alignment);
                if (all || Double.doubleToLongBits(v) != Double.doubleToLongBits(out[i][0])) {
                    out[i][0] = v;
                    markConsumers(i);
                }
            } else if (all || dirty[i]) {
                if (evaluate(i, true)) {
                    markConsumers(i);
                } else {
                    counters.increment(Counter.CUTOFFS);
                }
            }
            dirty[i] = false;
        }
        counters.increment(Counter.STEPS);
    }

    /** Updates node {@code i}'s state from its inputs' values; whether any output's bits changed. */
    private boolean evaluate(int i, boolean provisional) {
        double[] row = rows[i];
        for (int k = 0; k < row.length; k++) {
            row[k] = out[inNode[i][k]][inOutput[i][k]];
        }
        IncrementalState state = states[i];
        state.update(row, provisional);
        boolean changed = false;
        double[] o = out[i];
        for (int k = 0; k < o.length; k++) {
            double v = state.value(k);
            changed |= Double.doubleToLongBits(v) != Double.doubleToLongBits(o[k]);
            o[k] = v;
        }
        counters.increment(Counter.NODE_EVALUATIONS);
        return changed;
    }

    private void markConsumers(int i) {
        for (int c : consumers[i]) {
            dirty[c] = true;
        }
    }
}
