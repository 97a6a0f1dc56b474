package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.graph.GraphBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The live analytics of one subject asset in its owner's shard: the expressions asked for (counted,
 * so that each asker removes only its own), the compiled {@link Plan}, how many of the subject's
 * closed bars its states have committed, and the subscription sinks of its columns.
 *
 * <p>Closed bars commit in order, each once every other asset read is final through the bar's key
 * (its watermark), or once the bar has waited the grace period; a forming bar is stepped only when
 * every closed bar is committed. Adding or removing expressions, and a bar written at or before the
 * last committed key (late, amended, or another asset's bar that arrived after the grace), rebuild
 * the states by replaying the history kept in memory: simple, and exactly what pull computes.
 * Values are published to sinks after each step. Not thread-safe: owned by one shard's writer.
 */
final class SubjectGraph {

    private static final long NOT_WAITING = Long.MIN_VALUE;

    private final OwnedAsset own;
    private final Wakeups wakeups;
    private final Catalogue catalogue;
    private final Alignment alignment;
    private final long graceMillis;
    private final Counters counters;
    /** Each addition once (a list with repeats is leaner than counts in a map): a removal drops one. */
    private List<String> expressions = List.of();

    private final List<Sink> sinks = new ArrayList<>();
    private final List<CompletableFuture<Void>> priming = new ArrayList<>();
    private Plan plan;
    private boolean primed;
    private int committed;
    private long waitingSince = NOT_WAITING;
    private long valuesTime = Long.MIN_VALUE;
    private boolean valuesProvisional;

    SubjectGraph(
            OwnedAsset own,
            Catalogue catalogue,
            Alignment alignment,
            long graceMillis,
            Counters counters,
            Wakeups wakeups) {
        this.own = own;
        this.wakeups = wakeups;
        this.catalogue = catalogue;
        this.alignment = alignment;
        this.graceMillis = graceMillis;
        this.counters = counters;
    }

    /**
     * Applies a change of expressions and sinks, recompiles and, once every asset read has its
     * history, rebuilds the states and completes the change's future. A change that does not compile
     * leaves everything as it was.
     *
     * @param sources the data of another asset, created (and asked of its owner) when first needed
     * @throws IllegalArgumentException if the expressions would read more than 64 assets
     */
    void change(ColumnChange change, Function<AssetId, TrackedAsset> sources, long now) {
        List<String> next = new ArrayList<>(expressions);
        next.addAll(change.add());
        for (String e : change.remove()) {
            int last = next.lastIndexOf(e);
            if (last >= 0) {
                next.remove(last);
            }
        }
        Plan compiled = null;
        if (!next.isEmpty()) {
            GraphBuilder builder = new GraphBuilder(catalogue);
            new LinkedHashSet<>(next).forEach(e -> builder.request(own.data().id(), e));
            compiled = new Plan(builder.build(), own.data(), sources, alignment, counters);
        }
        expressions = List.copyOf(next);
        sinks.addAll(change.attach());
        sinks.removeAll(change.detach());
        if (plan != null) {
            plan.assets().forEach(a -> a.dependents().remove(this));
        }
        plan = compiled;
        if (plan != null) {
            plan.assets().forEach(a -> a.dependents().add(this));
        }
        priming.add(change.done());
        primed = false;
        valuesTime = Long.MIN_VALUE;
        sinks.forEach(s -> s.bind(plan));
        sourcesArrived(now);
    }

    /** Primes the states once every asset read has its history (a mirror got its snapshot). */
    void sourcesArrived(long now) {
        if (plan != null && !primed && !plan.sourcesReady()) {
            return;
        }
        if (plan != null && !primed) {
            primed = true;
            rebuild(now);
        }
        priming.forEach(f -> f.complete(null));
        priming.clear();
    }

    /** Commits the closed bars whose other assets are final, then steps the forming bar. */
    void advance(long now) {
        advance(now, false);
    }

    /** A bar with key {@code key} was written to an asset this reads: rebuilds if it was committed past. */
    void barWritten(long key, long now) {
        if (primed && committed > 0 && key <= own.data().history().key(committed - 1)) {
            rebuild(now);
        } else {
            advance(now);
        }
    }

    /** Steps the forming bar, if every closed bar is committed. */
    void formingChanged() {
        if (!primed || committed < own.data().history().size() || !own.forming().active()) {
            return;
        }
        plan.provisional(own.formingFields(), own.forming().key());
        valuesTime = own.forming().start();
        valuesProvisional = true;
        publish();
    }

    /** Commits a bar that has waited longer than the grace period for another asset. */
    void housekeeping(long now) {
        if (waitingSince != NOT_WAITING && now - waitingSince >= graceMillis) {
            advance(now, true);
        }
    }

    /** Publishes every column whose value or flags differ from what its sinks last sent (staleness). */
    void publish() {
        if (valuesTime == Long.MIN_VALUE) {
            return;
        }
        for (int i = 0; i < sinks.size(); i++) {
            sinks.get(i).publish(plan, valuesTime, valuesProvisional, wakeups);
        }
    }

    /** The current value of every requested column; empty before any bar. */
    List<NodeUpdate> snapshot() {
        List<NodeUpdate> values = new ArrayList<>();
        if (valuesTime == Long.MIN_VALUE) {
            return values;
        }
        plan.columns()
                .forEach((label, c) -> values.add(new NodeUpdate(
                        own.data().id(),
                        label,
                        Instant.ofEpochSecond(valuesTime),
                        plan.value(c.node(), c.output()),
                        valuesProvisional,
                        plan.stale(plan.mask(c.node())))));
        return values;
    }

    private void rebuild(long now) {
        counters.increment(Counter.REBUILDS);
        plan.reset();
        committed = 0;
        waitingSince = NOT_WAITING;
        valuesTime = Long.MIN_VALUE;
        advance(now, false);
    }

    private void advance(long now, boolean force) {
        if (!primed) {
            return;
        }
        BarHistory history = own.data().history();
        int before = committed;
        while (committed < history.size()) {
            if (!force && !plan.finalThrough(history.key(committed))) {
                if (waitingSince == NOT_WAITING) {
                    waitingSince = now;
                }
                break;
            }
            force = false;
            waitingSince = NOT_WAITING;
            plan.commit(committed++);
        }
        if (committed > before) {
            valuesTime = history.time(committed - 1);
            valuesProvisional = false;
            publish();
        }
        formingChanged();
    }
}
