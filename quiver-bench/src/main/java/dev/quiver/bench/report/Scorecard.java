package dev.quiver.bench.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the table shows, in order, and the targets judged on them. Both are plain data: a new
 * benchmark adds a figure, a new promise adds a target. Immutable.
 *
 * @param figures the rows of the table
 * @param targets the targets, each about one of the figures
 */
public record Scorecard(List<Figure> figures, List<Target> targets) {

    private static final String KERNELS = "dev.quiver.bench.kernels.";
    private static final String PULL = KERNELS + "PullKernelBenchmark.kernel";
    private static final String TA4J_DOUBLE = KERNELS + "Ta4jKernelBenchmark.ta4jDouble";
    private static final String TA4J_DECIMAL = KERNELS + "Ta4jKernelBenchmark.ta4jDecimal";
    private static final String STORE = "dev.quiver.bench.store.";
    private static final String LIVE = "dev.quiver.bench.live.";
    private static final String SERVER = "dev.quiver.bench.server.";
    private static final String ENGINE = "dev.quiver.bench.engine.";

    /** Copies the lists and checks that every target is about one of the figures. */
    public Scorecard {
        figures = List.copyOf(figures);
        targets = List.copyOf(targets);
        for (Target target : targets) {
            if (!figures.contains(target.figure())) {
                throw new IllegalArgumentException("target on a figure not in the table: " + target.describe());
            }
        }
    }

    /** The targets about {@code figure}, in order. */
    public List<Target> targetsOf(Figure figure) {
        return targets.stream().filter(t -> t.figure().equals(figure)).toList();
    }

    /** Every target judged on {@code results}, in order. */
    public List<Verdict> judge(JmhResults results) {
        return targets.stream().map(t -> t.judge(results)).toList();
    }

    /**
     * Quiver's figures and targets: the six pull kernels against TA-Lib Java and ta4j, their sum, the
     * store's import and range read, and a pull query read from the store.
     */
    public static Scorecard standard() {
        Map<String, String> kernels = new LinkedHashMap<>();
        kernels.put("SMA20", "SMA(20)");
        kernels.put("EMA20", "EMA(20)");
        kernels.put("RSI14", "RSI(14)");
        kernels.put("MACD", "MACD(12,26,9)");
        kernels.put("BBANDS", "BBANDS(20,2,2)");
        kernels.put("ATR14", "ATR(14)");

        List<Figure> figures = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Map<Column, List<Source>> sums = new EnumMap<>(Column.class);
        for (Map.Entry<String, String> kernel : kernels.entrySet()) {
            Map<Column, Source> sources = kernelSources(kernel.getKey());
            sources.forEach((column, source) ->
                    sums.computeIfAbsent(column, c -> new ArrayList<>()).add(source));
            Figure figure = new Figure(kernel.getValue(), "ns/bar", sources);
            figures.add(figure);
            targets.add(Target.ratio(figure, Column.QUIVER, Column.TALIB, Bound.atMost(1.05)));
            targets.add(Target.ratio(figure, Column.TA4J_DOUBLE, Column.QUIVER, Bound.atLeast(20)));
        }
        Map<Column, Source> sumSources = new EnumMap<>(Column.class);
        sums.forEach((column, parts) -> sumSources.put(column, new Source.Sum(parts)));
        Figure sum = new Figure("The six together", "ns/bar", sumSources);
        figures.add(sum);
        targets.add(Target.ratio(sum, Column.QUIVER, Column.TALIB, Bound.below(1)));

        Map<Column, Source> liveSources = new EnumMap<>(Column.class);
        liveSources.put(Column.QUIVER, live("QUIVER"));
        liveSources.put(Column.TALIB, live("TALIB"));
        liveSources.put(Column.TA4J_DOUBLE, live("TA4J_DOUBLE"));
        liveSources.put(Column.HAND, live("HAND"));
        Figure liveSix = new Figure("Live update of the six, per new bar", "ns/bar", liveSources);
        Figure liveSixWarmed = new Figure(
                "The same, TA-Lib with a 100-bar unstable period",
                "ns/bar",
                Map.of(Column.TALIB, live("TALIB_UNSTABLE")));
        Figure nodeCost = quiverOnly(
                "Cost per node fired (20 analytics)",
                LIVE + "NodeCostBenchmark.commit",
                Statistic.MEDIAN,
                Conversion.nanosPer("node", "bars", "nodes"));
        figures.addAll(List.of(liveSix, liveSixWarmed, nodeCost));
        targets.add(Target.value(liveSix, Column.QUIVER, Bound.atMost(100)));
        targets.add(Target.ratio(liveSix, Column.TA4J_DOUBLE, Column.QUIVER, Bound.atLeast(20)));
        targets.add(Target.value(nodeCost, Column.QUIVER, Bound.atMost(25)));

        Figure throughput = quiverOnly(
                "Ticks into one shard, 1,000 assets x 20 analytics",
                ENGINE + "PushThroughputBenchmark.sendAndDrain",
                Statistic.MEDIAN,
                Conversion.perSecond("ticks", "ticks"));
        figures.add(throughput);
        targets.add(Target.value(throughput, Column.QUIVER, Bound.atLeast(500_000)));
        latencies(
                figures,
                "Tick -> listener in process, idle spin 50 us (default)",
                ENGINE + "TickLatencyHarness.tickToListener",
                Conversion.micros(),
                Map.of("idleSpin", "50"),
                List.of("10000"));
        Figure tickToListener = latencies(
                        figures,
                        "Tick -> listener in process, idle spin 250 us",
                        ENGINE + "TickLatencyHarness.tickToListener",
                        Conversion.micros(),
                        Map.of("idleSpin", "250"),
                        List.of("10000", "100000"))
                .get("10000");
        targets.add(Target.value(tickToListener, Column.QUIVER, Bound.atMost(50)));
        Figure perNode = memory("Heap per live node (20 analytics, windows <= 50)", "bytesPerNode", "260");
        Figure perAsset = memory("Heap per live asset, 1 year of daily history", "bytesPerAsset", "260");
        Figure perAssetDecade = memory("Heap per live asset, 10 years of daily history", "bytesPerAsset", "2520");
        figures.addAll(List.of(perNode, perAsset, perAssetDecade));
        targets.add(Target.value(perNode, Column.QUIVER, Bound.atMost(1_024)));

        Figure importing = quiverOnly(
                "Import into SQLite",
                STORE + "ImportBenchmark.importBars",
                Statistic.MEDIAN,
                Conversion.barsPerSecond("importBars"));
        Figure read = quiverOnly(
                "Read one asset's 10 years",
                STORE + "ReadBenchmark.readTenYearsSplitAdjusted",
                Statistic.P99,
                Conversion.millis());
        Figure query = quiverOnly(
                "Query 20 analytics x 10 y x 500 assets",
                STORE + "StorePullQueryBenchmark.query",
                Statistic.MEDIAN,
                Conversion.millis());
        figures.addAll(List.of(importing, read, query));
        targets.add(Target.value(importing, Column.QUIVER, Bound.atLeast(500_000)));
        targets.add(Target.value(read, Column.QUIVER, Bound.atMost(2)));
        targets.add(Target.value(query, Column.QUIVER, Bound.atMost(2_000)));

        Figure tickToSse = latencies(
                        figures,
                        "Tick POSTed -> SSE",
                        SERVER + "TickToSseHarness.tickToSse",
                        Conversion.millis(),
                        Map.of(),
                        List.of("1000", "10000"))
                .get("10000");
        targets.add(Target.value(tickToSse, Column.QUIVER, Bound.atMost(5)));
        for (String cache : List.of("warm", "off")) {
            for (String span : List.of("1y", "10y")) {
                Map<String, String> params = Map.of("cache", cache, "span", span);
                String name = "GET analytics, " + span + ", " + (cache.equals("warm") ? "cached" : "no cache");
                figures.add(new Figure(
                        name + " (wrk)",
                        "req/s",
                        Map.of(
                                Column.QUIVER,
                                new Source.Reading(
                                        SERVER + "PullEndpointHarness.throughput",
                                        params,
                                        Statistic.VALUE,
                                        Conversion.asIs("ops/s", "req/s")))));
                figures.add(new Figure(
                        name + " (wrk)",
                        "ms",
                        Map.of(
                                Column.QUIVER,
                                new Source.Reading(
                                        SERVER + "PullEndpointHarness.latency",
                                        params,
                                        Statistic.P99,
                                        Conversion.millis()))));
            }
        }
        return new Scorecard(figures, targets);
    }

    private static Map<Column, Source> kernelSources(String indicator) {
        Map<Column, Source> sources = new EnumMap<>(Column.class);
        sources.put(Column.QUIVER, pull(indicator, "QUIVER"));
        sources.put(Column.TALIB, pull(indicator, "TALIB"));
        sources.put(
                Column.TA4J_DOUBLE,
                new Source.Reading(
                        TA4J_DOUBLE,
                        Map.of("indicator", indicator),
                        Statistic.MIN,
                        Conversion.nanosPerBar("doubleBars")));
        sources.put(
                Column.TA4J_DECIMAL,
                new Source.Reading(
                        TA4J_DECIMAL,
                        Map.of("indicator", indicator),
                        Statistic.MIN,
                        Conversion.nanosPerBar("decimalBars")));
        return sources;
    }

    /**
     * Adds the median and p99 of a latency harness at each rate, with the parameters of {@code
     * setting} as well; returns the p99 figures by rate.
     */
    private static Map<String, Figure> latencies(
            List<Figure> figures,
            String name,
            String harness,
            Conversion conversion,
            Map<String, String> setting,
            List<String> rates) {
        Map<String, Figure> p99s = new LinkedHashMap<>();
        for (String rate : rates) {
            Map<String, String> params = new LinkedHashMap<>(setting);
            params.put("rate", rate);
            for (Statistic statistic : List.of(Statistic.MEDIAN, Statistic.P99)) {
                Figure latency = new Figure(
                        String.format("%s at %,d ticks/s", name, Integer.parseInt(rate)),
                        conversion.unit(),
                        Map.of(Column.QUIVER, new Source.Reading(harness, params, statistic, conversion)));
                figures.add(latency);
                if (statistic == Statistic.P99) {
                    p99s.put(rate, latency);
                }
            }
        }
        return p99s;
    }

    private static Figure memory(String name, String measurement, String bars) {
        return new Figure(
                name,
                "bytes",
                Map.of(
                        Column.QUIVER,
                        new Source.Reading(
                                ENGINE + "MemoryHarness." + measurement,
                                Map.of("bars", bars),
                                Statistic.VALUE,
                                Conversion.asIs("B/op", "bytes"))));
    }

    private static Source live(String peer) {
        return new Source.Reading(
                LIVE + "LiveUpdateBenchmark.update",
                Map.of("peer", peer),
                Statistic.MEDIAN,
                Conversion.nanosPerBar("bars"));
    }

    private static Source pull(String indicator, String peer) {
        return new Source.Reading(
                PULL, Map.of("indicator", indicator, "peer", peer), Statistic.MIN, Conversion.nanosPerBar("bars"));
    }

    private static Figure quiverOnly(String name, String benchmark, Statistic statistic, Conversion conversion) {
        return new Figure(
                name,
                conversion.unit(),
                Map.of(Column.QUIVER, new Source.Reading(benchmark, Map.of(), statistic, conversion)));
    }
}
