package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.BindingContext;
import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.graph.AnalyticsGraph;
import dev.quiver.core.graph.GraphBuilder;
import java.util.List;
import java.util.Objects;

/**
 * One subject's expressions evaluated bar by bar on the caller's thread: the same compiled graph a
 * push engine's shard steps, without shards, queues or subscriptions. Give each closed bar to
 * {@link #commit}, in time order; optionally give the bar still forming to {@link #provisional}
 * before it closes; read the columns' values after either. The values after a commit are, bit for
 * bit, what the pull engine gives for that bar over the bars committed so far. For embedded use:
 * backtests, simulations, one series at a time.
 *
 * <p>The expressions may read only the subject's own fields ({@code close}, {@code high}, ...),
 * not other assets'. Bars carry no time: the analytics need none. Prices and volumes are in the
 * asset's units; each column's value is in its analytic's units, as the catalogue describes it, and
 * NaN where undefined (before its lookback, or when an input is NaN). The total-return close
 * ({@code adjclose}) of a bar given here is its close.
 *
 * <p>Not thread-safe: use it from one thread at a time. Commits and provisional steps allocate
 * nothing. No argument may be null, and nothing returned is null.
 */
public final class LiveGraph {

    private final Plan plan;
    private final List<String> labels;
    private final int[] slots;
    private final double[] fields = new double[Fields.COUNT];
    private long bars;

    /**
     * Compiles {@code expressions} on {@code subject} against {@code catalogue}, with nothing
     * committed. Parameters that depend on the subject (the annualisation of return metrics) take
     * its calendar's defaults, as pull does.
     *
     * @throws dev.quiver.core.expr.ExpressionException if an expression does not parse or bind
     * @throws IllegalArgumentException if an expression reads another asset's field
     */
    public LiveGraph(Catalogue catalogue, Asset subject, List<String> expressions) {
        AssetId id = subject.id();
        GraphBuilder builder = new GraphBuilder(
                Objects.requireNonNull(catalogue),
                new BindingContext(subject.calendar().periodsPerYear()));
        expressions.forEach(e -> builder.request(id, e));
        AnalyticsGraph graph = builder.build();
        plan = new Plan(
                graph,
                new TrackedAsset(id),
                other -> {
                    throw new IllegalArgumentException("a live graph reads only its subject's fields, not " + other);
                },
                Alignment.INTERSECT,
                new Counters());
        labels = List.copyOf(plan.columns().keySet());
        slots = plan.columns().values().stream()
                .mapToInt(c -> plan.slot(c.node(), c.output()))
                .toArray();
    }

    /**
     * The labels of the columns, in the order of the expressions; an expression with several outputs
     * gives one column per output, labelled {@code expression.output}, e.g. {@code macd().signal}.
     */
    public List<String> labels() {
        return labels;
    }

    /**
     * The number of the column labelled {@code label}: its index in {@link #labels()}, to read it
     * with {@link #value(int)} without looking the label up each time.
     *
     * @throws IllegalArgumentException if no column has that label
     */
    public int column(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + label + "; the columns are " + labels);
        }
        return i;
    }

    /**
     * Commits a closed bar into every analytic's state: the next bar of the series.
     *
     * @param volume the bar's volume, NaN if unknown
     */
    public void commit(double open, double high, double low, double close, double volume) {
        Fields.fill(fields, open, high, low, close, volume, close);
        plan.commit(fields, bars++);
    }

    /**
     * Evaluates the bar still forming after the last committed one, without committing it: the
     * values are then provisional, replaced by the next provisional step or commit. Only analytics
     * whose inputs changed since the last step are recomputed.
     */
    public void provisional(double open, double high, double low, double close, double volume) {
        Fields.fill(fields, open, high, low, close, volume, close);
        plan.provisional(fields, bars);
    }

    /** The value of column {@code column} (see {@link #column}) after the last commit or step; NaN if none. */
    public double value(int column) {
        return plan.valueAt(slots[column]);
    }

    /**
     * The value of the column labelled {@code label} after the last commit or step; NaN if none.
     *
     * @throws IllegalArgumentException if no column has that label
     */
    public double value(String label) {
        return value(column(label));
    }

    /** Forgets every bar: fresh states, every value NaN, as just compiled. */
    public void reset() {
        plan.reset();
        bars = 0;
    }

    /** The number of analytic nodes a commit evaluates: one per distinct call, however many outputs. */
    public int analytics() {
        return plan.analytics();
    }

    /** The number of bars committed since compilation or the last reset. */
    public long bars() {
        return bars;
    }
}
