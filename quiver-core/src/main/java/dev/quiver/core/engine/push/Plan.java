package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.graph.AnalyticNode;
import dev.quiver.core.graph.AnalyticsGraph;
import dev.quiver.core.graph.FieldNode;
import dev.quiver.core.graph.Node;
import dev.quiver.core.graph.NodeOutput;
import dev.quiver.core.graph.RequestedColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A subject's analytics graph compiled for live evaluation: nodes numbered in height order (so that
 * every input comes before its consumers), every node's current outputs in one array of values,
 * the subject's fields, other assets' fields and the analytics each in their own arrays, and each
 * analytic with its incremental state and the positions of its inputs among the values.
 *
 * <p>A {@linkplain #commit commit} gives every node the final row of a closed bar. A {@linkplain
 * #provisional provisional step} gives the forming bar: field nodes are re-read, and only analytics
 * downstream of a field whose bits changed are evaluated, in one sweep in height order, each at most
 * once; an analytic whose outputs keep every bit stops the propagation there (cutoff). The first
 * step after a commit evaluates every node, since every state has moved. Other assets' fields take
 * only their committed bars, matched by key under the alignment. Counters are added to once per
 * step, not per node.
 *
 * <p>Not thread-safe: owned by one thread (a shard's writer, or the caller of a {@link LiveGraph}).
 * Steps allocate nothing.
 */
final class Plan {

    /** Where a requested column's values are: a node and one of its outputs. */
    record Column(int node, int output) {}

    private final TrackedAsset subject;
    private final Alignment alignment;
    private final Counters counters;
    private final Node[] nodes;
    private final int[] offset;
    private final double[] values;
    private final long[] masks;
    private final int[][] consumers;
    private final boolean[] dirty;
    private final int[] ownNode;
    private final int[] ownSlot;
    private final int[] ownField;
    private final int[] foreignNode;
    private final int[] foreignField;
    private final TrackedAsset[] foreignSource;
    private final int[] analyticNode;
    private final int[] outputSlot;
    private final int[][] inputSlots;
    private final KernelState[] states;
    private final double[] row;
    private final double[] committedRow = new double[Fields.COUNT];
    private final List<TrackedAsset> assets;
    private final List<TrackedAsset> foreign = new ArrayList<>();
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private boolean freshBar = true;

    /**
     * Compiles {@code graph}, whose subject is {@code subject}.
     *
     * @param sources the data of every other asset the graph reads
     * @throws IllegalArgumentException if the graph reads more than 64 assets
     */
    Plan(
            AnalyticsGraph graph,
            TrackedAsset subject,
            Function<AssetId, TrackedAsset> sources,
            Alignment alignment,
            Counters counters) {
        this.subject = subject;
        this.alignment = alignment;
        this.counters = counters;
        List<Node> order = new ArrayList<>(graph.topologicalOrder());
        order.sort(Comparator.comparingInt(graph::height));
        int n = order.size();
        nodes = order.toArray(new Node[0]);
        Map<Node, Integer> index = new HashMap<>();
        offset = new int[n];
        int slots = 0;
        for (int i = 0; i < n; i++) {
            index.put(nodes[i], i);
            offset[i] = slots;
            slots += nodes[i].outputs().size();
        }
        values = new double[slots];
        masks = new long[n];
        consumers = new int[n][];
        dirty = new boolean[n];
        assets = new ArrayList<>(List.of(subject));
        List<Integer> own = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        List<TrackedAsset> otherSources = new ArrayList<>();
        List<Integer> analytics = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node node = nodes[i];
            consumers[i] =
                    graph.consumers(node).stream().mapToInt(index::get).sorted().toArray();
            if (node instanceof FieldNode f) {
                TrackedAsset source = f.source().equals(subject.id()) ? subject : sources.apply(f.source());
                masks[i] = 1L << assetIndex(source);
                if (source == subject) {
                    own.add(i);
                } else {
                    other.add(i);
                    otherSources.add(source);
                }
            } else {
                for (NodeOutput input : node.inputs()) {
                    masks[i] |= masks[index.get(input.node())];
                }
                analytics.add(i);
            }
        }
        ownNode = own.stream().mapToInt(Integer::intValue).toArray();
        ownSlot = Arrays.stream(ownNode).map(i -> offset[i]).toArray();
        ownField = own.stream().mapToInt(this::fieldOf).toArray();
        foreignNode = other.stream().mapToInt(Integer::intValue).toArray();
        foreignField = other.stream().mapToInt(this::fieldOf).toArray();
        foreignSource = otherSources.toArray(new TrackedAsset[0]);
        analyticNode = analytics.stream().mapToInt(Integer::intValue).toArray();
        outputSlot = Arrays.stream(analyticNode).map(i -> offset[i]).toArray();
        inputSlots = analytics.stream()
                .map(i -> nodes[i].inputs().stream()
                        .mapToInt(o -> offset[index.get(o.node())] + o.index())
                        .toArray())
                .toArray(int[][]::new);
        row = new double[Arrays.stream(inputSlots).mapToInt(s -> s.length).max().orElse(0)];
        states = new KernelState[analyticNode.length];
        for (RequestedColumn column : graph.requested()) {
            columns.put(
                    column.label(),
                    new Column(
                            index.get(column.source().node()), column.source().index()));
        }
        reset();
    }

    private int fieldOf(int node) {
        return Fields.of(((FieldNode) nodes[node]).field());
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
        Arrays.fill(values, Double.NaN);
        Arrays.fill(dirty, false);
        for (int a = 0; a < states.length; a++) {
            states[a] = ((AnalyticNode) nodes[analyticNode[a]]).analytic().newState();
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

    /** The number of analytic nodes: how many a commit evaluates. */
    int analytics() {
        return states.length;
    }

    /** Output {@code output} of node {@code node} after the last step. */
    double value(int node, int output) {
        return valueAt(slot(node, output));
    }

    /** Where output {@code output} of node {@code node} is kept, for {@link #valueAt}. */
    int slot(int node, int output) {
        return offset[node] + output;
    }

    /** The value kept at {@code slot} (see {@link #slot}) after the last step. */
    double valueAt(int slot) {
        return values[slot];
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
        BarHistory history = subject.history();
        for (int f = 0; f < Fields.COUNT; f++) {
            committedRow[f] = history.value(f, bar);
        }
        commit(committedRow, history.key(bar));
    }

    /**
     * Commits the subject's closed bar with these values into every node's state.
     *
     * @param fields the subject's values in {@link Fields} order; read during the call only
     * @param key the bar's alignment key, by which other assets' fields are matched
     */
    void commit(double[] fields, long key) {
        for (int j = 0; j < ownSlot.length; j++) {
            values[ownSlot[j]] = fields[ownField[j]];
        }
        for (int j = 0; j < foreignNode.length; j++) {
            values[offset[foreignNode[j]]] = foreignSource[j].history().aligned(foreignField[j], key, alignment);
        }
        for (int a = 0; a < states.length; a++) {
            commitAnalytic(a);
        }
        freshBar = true;
        counters.add(Counter.NODE_EVALUATIONS, states.length);
        counters.increment(Counter.COMMITS);
    }

    /**
     * Evaluates the subject's forming bar provisionally, recomputing only what changed.
     *
     * @param fields the forming bar's values in {@link Fields} order; read during the call only
     * @param key the forming bar's alignment key
     */
    void provisional(double[] fields, long key) {
        boolean all = freshBar;
        freshBar = false;
        for (int j = 0; j < ownNode.length; j++) {
            field(ownNode[j], fields[ownField[j]], all);
        }
        for (int j = 0; j < foreignNode.length; j++) {
            field(foreignNode[j], foreignSource[j].history().aligned(foreignField[j], key, alignment), all);
        }
        int evaluations = 0;
        int cutoffs = 0;
        for (int a = 0; a < states.length; a++) {
            int i = analyticNode[a];
            if (all || dirty[i]) {
                dirty[i] = false;
                evaluations++;
                if (stepAnalytic(a)) {
                    markConsumers(i);
                } else {
                    cutoffs++;
                }
            }
        }
        counters.add(Counter.NODE_EVALUATIONS, evaluations);
        counters.add(Counter.CUTOFFS, cutoffs);
        counters.increment(Counter.STEPS);
    }

    /** Sets field node {@code i}'s value, marking its consumers if its bits changed (or {@code all}). */
    private void field(int i, double v, boolean all) {
        int slot = offset[i];
        if (all || Double.doubleToLongBits(v) != Double.doubleToLongBits(values[slot])) {
            values[slot] = v;
            markConsumers(i);
        }
    }

    /** Gives analytic {@code a}'s state the row of its inputs' values; returns the state. */
    private KernelState update(int a, boolean provisional) {
        int[] slots = inputSlots[a];
        double[] r = row;
        for (int k = 0; k < slots.length; k++) {
            r[k] = values[slots[k]];
        }
        KernelState state = states[a];
        state.update(r, provisional);
        return state;
    }

    /** Updates analytic {@code a} and keeps its outputs. */
    private void commitAnalytic(int a) {
        KernelState state = update(a, false);
        int base = outputSlot[a];
        for (int k = 0; k < state.outputCount(); k++) {
            values[base + k] = state.value(k);
        }
    }

    /** Updates analytic {@code a} provisionally and keeps its outputs; whether any output's bits changed. */
    private boolean stepAnalytic(int a) {
        KernelState state = update(a, true);
        int base = outputSlot[a];
        boolean changed = false;
        for (int k = 0; k < state.outputCount(); k++) {
            double v = state.value(k);
            changed |= Double.doubleToLongBits(v) != Double.doubleToLongBits(values[base + k]);
            values[base + k] = v;
        }
        return changed;
    }

    private void markConsumers(int i) {
        for (int c : consumers[i]) {
            dirty[c] = true;
        }
    }
}
