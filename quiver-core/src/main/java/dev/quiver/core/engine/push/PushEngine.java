package dev.quiver.core.engine.push;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.ExpressionException;
import dev.quiver.core.graph.AnalyticsGraph;
import dev.quiver.core.graph.GraphBuilder;
import dev.quiver.core.graph.RequestedColumn;
import dev.quiver.core.series.Bar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The push engine: keeps analytics of assets current as ticks and bars arrive, with the numbers the
 * pull engine gives for the same bars. Assets are placed on shards by symbol hash; each shard has one
 * writer thread that owns its assets' bars and node states, fed through a bounded lock-free queue.
 * See {@code docs/push-engine.md} for the model (provisional and final values, cutoff, late bars,
 * other assets' fields, staleness, warm start).
 *
 * <p>Thread-safe. Input methods ({@link #tick}, {@link #bar}, {@link #closeBar}) allocate nothing
 * and block only while the asset's shard queue is full. {@link #add}, {@link #remove} and {@link
 * #subscribe} validate on the caller's thread (bad expressions fail there) and read history from the
 * configured source there, then apply on the shards asynchronously.
 */
public final class PushEngine implements PushInput, AutoCloseable {

    private final PushConfig config;
    private final Shards shards = new Shards();
    private final HistoryLoader loader;
    private final Set<AssetId> tracked = new HashSet<>();
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    private PushEngine(PushConfig config) {
        this.config = config;
        this.loader = new HistoryLoader(config.history(), config.clock(), config.interval());
        for (int i = 0; i < config.shards(); i++) {
            shards.add(new Shard(i, shards, config));
        }
    }

    /** Builds an engine and starts its shard threads (daemon threads; {@link #close()} stops them). */
    public static PushEngine start(PushConfig config) {
        PushEngine engine = new PushEngine(config);
        engine.shards.all().forEach(Shard::start);
        return engine;
    }

    /**
     * Makes expressions on {@code subject} live. Each asset they read that the engine does not track
     * yet is read from the history source first (warm start), and the subject's node states are
     * replayed over its history, so that the first live values equal what pull gives.
     *
     * @param expressions as written; each becomes a column labelled with its text
     * @return completed once the expressions are live (after the history replay)
     * @throws ExpressionException for a bad expression, before anything changes
     */
    public CompletableFuture<Void> add(AssetId subject, List<String> expressions) {
        return attach(subject, expressions, List.of());
    }

    /**
     * Removes expressions added before (each removal undoes one addition); nodes no column needs any
     * more are dropped and the subject's states are rebuilt. An expression not added is ignored.
     *
     * @return completed once the change is applied
     */
    public CompletableFuture<Void> remove(AssetId subject, List<String> expressions) {
        return detach(subject, expressions, List.of());
    }

    /**
     * Subscribes to node keys ({@code SYMBOL:EXPR}, e.g. {@code AAPL:rsi(14)}), adding their
     * expressions like {@link #add} until the subscription is closed. The listener runs on the
     * subscription's own thread and receives each column's latest value, coalesced per column.
     *
     * @throws IllegalArgumentException for a key that is not {@code SYMBOL:EXPR}
     * @throws ExpressionException for a bad expression, before anything changes
     */
    public Subscription subscribe(List<String> keys, UpdateListener listener) {
        Map<AssetId, List<String>> expressions = new LinkedHashMap<>();
        List<AssetId> subjects = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String text : keys) {
            NodeKey key = NodeKey.parse(text);
            expressions.computeIfAbsent(key.subject(), s -> new ArrayList<>()).add(key.expression());
            for (RequestedColumn column :
                    plan(key.subject(), List.of(key.expression())).requested()) {
                subjects.add(key.subject());
                labels.add(column.label());
            }
        }
        Map<AssetId, List<Sink>> sinks = new LinkedHashMap<>();
        Subscription subscription = new Subscription(keys, subjects, labels, listener, config.idleSpin(), s -> {
            subscriptions.remove(s);
            sinks.forEach((subject, attached) -> detach(subject, expressions.get(subject), attached));
        });
        for (int i = 0; i < labels.size(); i++) {
            sinks.computeIfAbsent(subjects.get(i), s -> new ArrayList<>())
                    .add(new Sink(subscription, i, subjects.get(i), labels.get(i)));
        }
        sinks.forEach((subject, attached) -> attach(subject, expressions.get(subject), attached));
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /** The current value of every column of {@code subject}; empty when it has none. */
    public CompletableFuture<List<NodeUpdate>> snapshot(AssetId subject) {
        CompletableFuture<List<NodeUpdate>> result = new CompletableFuture<>();
        shards.of(subject).send(new ShardMessage.Query(subject, result));
        return result;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for a price that is not finite
     */
    @Override
    public void tick(AssetId asset, long epochMillis, double price, double volume) {
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("tick price of " + asset + " must be finite, got " + price);
        }
        shards.of(asset).tick(asset, epochMillis, price, volume);
    }

    @Override
    public void bar(AssetId asset, Bar bar) {
        shards.of(asset)
                .bar(asset, bar.time().getEpochSecond(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
    }

    @Override
    public void closeBar(AssetId asset) {
        shards.of(asset).closeBar(asset);
    }

    /**
     * Waits until every input given before the call, and everything it caused on any shard (other
     * assets' bars reaching the shards that read them), is processed. Listeners may still be
     * delivering.
     *
     * @return false if that took longer than {@code timeout}
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long before;
        do {
            before = shards.messages();
            for (Shard shard : shards.all()) {
                try {
                    shard.barrier().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    return false;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } while (shards.messages() != before);
        return true;
    }

    /** Counts summed over the shards. */
    public EngineStats stats() {
        return EngineStats.sum(shards.all().stream().map(Shard::counters).toList());
    }

    /** The index of the shard {@code asset} is placed on, in {@code [0, shards)}. */
    public int shardOf(AssetId asset) {
        return shards.indexOf(asset);
    }

    /** Stops the shard threads and every subscription's delivery; inputs given afterwards fail. */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::stop);
        try {
            for (Shard shard : shards.all()) {
                shard.stop(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Void> attach(AssetId subject, List<String> expressions, List<Sink> sinks) {
        track(plan(subject, expressions).assetIds());
        CompletableFuture<Void> done = new CompletableFuture<>();
        shards.of(subject)
                .send(new ShardMessage.ChangeColumns(
                        subject, new ColumnChange(expressions, List.of(), sinks, List.of(), done)));
        return done;
    }

    private CompletableFuture<Void> detach(AssetId subject, List<String> expressions, List<Sink> sinks) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        shards.of(subject)
                .send(new ShardMessage.ChangeColumns(
                        subject, new ColumnChange(List.of(), expressions, List.of(), sinks, done)));
        return done;
    }

    private AnalyticsGraph plan(AssetId subject, List<String> expressions) {
        GraphBuilder builder = new GraphBuilder(config.catalogue());
        expressions.forEach(e -> builder.request(subject, e));
        return builder.build();
    }

    /** Hands each asset not yet tracked, with its history, to its owner; once per asset. */
    private synchronized void track(List<AssetId> assets) {
        for (AssetId asset : assets) {
            if (!tracked.contains(asset)) {
                shards.of(asset).send(loader.load(asset));
                tracked.add(asset);
            }
        }
    }
}
