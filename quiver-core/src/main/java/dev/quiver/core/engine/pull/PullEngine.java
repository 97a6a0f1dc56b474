package dev.quiver.core.engine.pull;

import dev.quiver.core.analytics.BatchKernel;
import dev.quiver.core.analytics.BindingContext;
import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.ExpressionException;
import dev.quiver.core.graph.AnalyticNode;
import dev.quiver.core.graph.AnalyticsGraph;
import dev.quiver.core.graph.AssetReference;
import dev.quiver.core.graph.FieldNode;
import dev.quiver.core.graph.GraphBuilder;
import dev.quiver.core.graph.Node;
import dev.quiver.core.graph.NodeOutput;
import dev.quiver.core.graph.RequestedColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Evaluates expressions over a date range: plans the graph (rejecting bad expressions and unknown
 * assets before computing), reads every bar before the range end as warm-up, computes each node once
 * in topological order with its batch kernel over primitive columns, and returns the rows inside
 * the range. A node that fails (missing data) fails only the columns that depend on it.
 *
 * <p>Values are those of a computation over the asset's whole history up to the range end, exactly
 * what the push engine gives after replaying that history, and what TA-Lib gives over the same
 * series. Anchored analytics (the return and risk metrics) are the exception by definition: they
 * start at the range's first bar, their base, so the last value of an expanding metric is the
 * metric of the whole range. Metric defaults such as the annualisation come from the subject's
 * calendar. Computed node columns may be kept in a {@link ColumnCache} between requests, keyed by
 * the revisions of the assets they read, so new bars make them unreachable. Thread-safe: requests
 * run concurrently, {@link #evaluateAll} on the given executor.
 */
public final class PullEngine {

    private final Catalogue catalogue;
    private final BarSource source;
    private final Executor executor;
    private final ColumnCache cache;

    /**
     * An engine over {@code source} that caches nothing.
     *
     * @param executor runs independent requests of {@link #evaluateAll}; bound it to the cores
     */
    public PullEngine(Catalogue catalogue, BarSource source, Executor executor) {
        this(catalogue, source, executor, ColumnCache.none());
    }

    /**
     * An engine over {@code source} that keeps computed node columns in {@code cache}, keyed by the
     * revisions the source reports (nothing is cached for a source that reports none).
     *
     * @param executor runs independent requests of {@link #evaluateAll}; bound it to the cores
     */
    public PullEngine(Catalogue catalogue, BarSource source, Executor executor, ColumnCache cache) {
        this.catalogue = catalogue;
        this.source = source;
        this.executor = executor;
        this.cache = cache;
    }

    /**
     * Plans the graph of the expressions on {@code subject} without computing anything.
     *
     * @throws ExpressionException for a bad expression, naming the position
     */
    public AnalyticsGraph plan(AssetId subject, List<String> expressions) {
        return plan(subject, expressions, BindingContext.standard());
    }

    /**
     * Plans the graph with the subject-dependent defaults of {@code context} (the annualisation of
     * metrics from the subject's calendar).
     *
     * @throws ExpressionException for a bad expression, naming the position
     */
    public AnalyticsGraph plan(AssetId subject, List<String> expressions, BindingContext context) {
        GraphBuilder builder = new GraphBuilder(catalogue, context);
        for (String expression : expressions) {
            builder.request(subject, expression);
        }
        return builder.build();
    }

    /**
     * Computes one request.
     *
     * @throws ExpressionException for a bad expression or an unknown asset inside one
     * @throws MissingDataException for an unknown subject or a range without bars
     */
    public PullResult evaluate(PullRequest request) {
        Asset asset = source.asset(request.subject())
                .orElseThrow(() -> new MissingDataException("unknown asset '" + request.subject() + "'"));
        BindingContext context = new BindingContext(asset.calendar().periodsPerYear());
        AnalyticsGraph graph = plan(request.subject(), request.expressions(), context);
        Map<AssetId, AssetData> data = load(graph, request);
        AssetData subject = data.get(request.subject());
        Timeline timeline = Timeline.of(subject.bars().times(), subject.asset().zone());
        int from = timeline.indexAtOrAfter(request.range().startInclusive());
        int to = timeline.indexAtOrAfter(request.range().endExclusive());
        if (from >= to) {
            throw new MissingDataException("no bars for " + request.subject() + " in " + request.range());
        }
        Map<Node, double[][]> values = new HashMap<>();
        Map<Node, String> failures = new HashMap<>();
        CacheKeys keys = CacheKeys.of(source, graph, request);
        for (Node node : graph.topologicalOrder()) {
            ColumnKey key = keys.of(node);
            double[][] cached = key == null ? null : cache.get(key);
            if (cached != null) {
                values.put(node, cached);
                continue;
            }
            try {
                double[][] computed = compute(node, values, failures, data, timeline, request.alignment(), from);
                values.put(node, computed);
                if (key != null) {
                    cache.put(key, computed);
                }
            } catch (RuntimeException e) {
                failures.put(node, e.getMessage());
            }
        }
        List<String> labels = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<NodeFailure> failed = new ArrayList<>();
        for (RequestedColumn column : graph.requested()) {
            labels.add(column.label());
            double[][] node = values.get(column.source().node());
            if (node == null) {
                failed.add(new NodeFailure(
                        column.label(), failures.get(column.source().node())));
                double[] empty = new double[to - from];
                Arrays.fill(empty, Double.NaN);
                columns.add(empty);
            } else {
                columns.add(Arrays.copyOfRange(node[column.source().index()], from, to));
            }
        }
        return new PullResult(
                subject.asset(), Arrays.copyOfRange(subject.bars().times(), from, to), labels, columns, failed);
    }

    /** Computes requests concurrently on the executor; each future fails alone. */
    public List<CompletableFuture<PullResult>> evaluateAll(List<PullRequest> requests) {
        return requests.stream()
                .map(r -> CompletableFuture.supplyAsync(() -> evaluate(r), executor))
                .toList();
    }

    private Map<AssetId, AssetData> load(AnalyticsGraph graph, PullRequest request) {
        Map<AssetId, AssetData> data = new LinkedHashMap<>();
        for (AssetReference reference : graph.assets()) {
            AssetData loaded = source.load(reference.asset(), request.range().endExclusive())
                    .orElseThrow(() -> reference.asset().equals(request.subject())
                            ? new MissingDataException("unknown asset '" + request.subject() + "'")
                            : new ExpressionException(
                                    reference.expression(),
                                    reference.position(),
                                    "unknown asset '" + reference.asset() + "'"));
            data.put(reference.asset(), loaded);
        }
        return data;
    }

    private static double[][] compute(
            Node node,
            Map<Node, double[][]> values,
            Map<Node, String> failures,
            Map<AssetId, AssetData> data,
            Timeline timeline,
            Alignment alignment,
            int from) {
        if (node instanceof FieldNode field) {
            AssetData source = data.get(field.source());
            double[] column = FieldColumns.of(source, field.field());
            if (!field.source().equals(field.subject())) {
                Timeline other =
                        Timeline.of(source.bars().times(), source.asset().zone());
                column = timeline.align(other, column, alignment);
            }
            return new double[][] {column};
        }
        AnalyticNode analytic = (AnalyticNode) node;
        double[][] inputs = new double[analytic.inputs().size()][];
        for (int k = 0; k < inputs.length; k++) {
            NodeOutput input = analytic.inputs().get(k);
            double[][] computed = values.get(input.node());
            if (computed == null) {
                throw new IllegalStateException(failures.get(input.node()));
            }
            inputs[k] = computed[input.index()];
        }
        BatchKernel kernel = analytic.analytic().batchKernel();
        return analytic.analytic().definition().anchored() ? computeFrom(kernel, inputs, from) : kernel.compute(inputs);
    }

    /**
     * Runs an anchored kernel (a metric) from the range's first bar, its base: the rows before it are
     * left empty, as if the history started there.
     */
    private static double[][] computeFrom(BatchKernel kernel, double[][] inputs, int from) {
        int n = inputs[0].length;
        double[][] sliced = new double[inputs.length][];
        for (int k = 0; k < inputs.length; k++) {
            sliced[k] = Arrays.copyOfRange(inputs[k], from, n);
        }
        double[][] computed = kernel.compute(sliced);
        double[][] outputs = new double[computed.length][n];
        for (int j = 0; j < computed.length; j++) {
            Arrays.fill(outputs[j], 0, from, Double.NaN);
            System.arraycopy(computed[j], 0, outputs[j], from, n - from);
        }
        return outputs;
    }
}
