package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.replay.ReplayFeed;
import dev.quiver.core.engine.push.support.Daily;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.Lockstep;
import dev.quiver.core.engine.push.support.ManualClock;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.engine.push.support.Snapshots;
import dev.quiver.core.series.BarSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Another asset's fields on a subject ({@code close@SPY} on AAPL), with the two assets on different
 * shards: the subject commits a bar once the other asset is final through it, values equal pull's
 * alignment by session date, and a bar of the other asset that arrives after the grace period
 * rebuilds the subject.
 */
class CrossAssetTest {

    private static final AssetId AAPL = AssetId.of("AAPL");
    private static final AssetId SPY = AssetId.of("SPY");
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
    private static final List<String> EXPRESSIONS =
            List.of("close@SPY", "sma(close@SPY, 2)", "midprice(close@SPY, close, 3)");

    private static PushConfig.Builder config(ManualClock clock, AssetData... data) {
        return Engines.config(clock, data).shards(2).staleAfter(Duration.ofDays(1));
    }

    private static PullResult pull(Alignment alignment, List<String> expressions, AssetData... data) {
        return Engines.pull(AAPL, expressions, alignment, data);
    }

    @Test
    void shouldEqualPullAtEveryBarOfTenYearsWithTheOtherAssetOnAnotherShard() throws InterruptedException {
        AssetData spy = PriceFiles.yahoo("SPY");
        AssetData aaplFile = PriceFiles.yahoo("AAPL");
        int first = 0;
        while (aaplFile.bars().time(first) < spy.bars().time(0)) {
            first++;
        }
        int end = first;
        while (end < aaplFile.bars().size()
                && aaplFile.bars().time(end) <= spy.bars().time(spy.bars().size() - 1)) {
            end++;
        }
        BarSeries overlap = aaplFile.bars().slice(first, end);
        AssetData aapl = new AssetData(aaplFile.asset(), overlap, null);
        List<String> expressions = List.of("close@SPY", "sma(close@SPY, 20)", "midprice(close@SPY, close, 14)");
        PullResult pull = pull(Alignment.INTERSECT, expressions, aapl, spy);
        ManualClock clock = new ManualClock(Instant.ofEpochSecond(spy.bars().time(0)));

        try (PushEngine engine = PushEngine.start(config(clock, aapl, spy).build())) {
            assertThat(engine.shardOf(AAPL)).isNotEqualTo(engine.shardOf(SPY));
            engine.add(AAPL, expressions).join();
            Map<AssetId, BarSeries> feed = new LinkedHashMap<>();
            feed.put(SPY, spy.bars());
            feed.put(AAPL, overlap);
            Lockstep lockstep = new Lockstep(engine, AAPL);
            ReplayFeed.of(feed).mode(ReplayFeed.Mode.TICKS).run(lockstep);

            for (String label : expressions) {
                assertThat(lockstep.committed().get(label)).as(label).containsExactly(pull.column(label));
                assertThat(lockstep.provisional().get(label)).as(label).containsExactly(pull.column(label));
            }
            assertThat(engine.stats().rebuilds()).as("only the first priming").isEqualTo(1);
            assertThat(engine.stats().sourceMessages())
                    .as("SPY's watermark when each bar begins, and each closed bar")
                    .isEqualTo(2 * 2519);
        }
    }

    @Test
    void shouldCommitABarOnlyOnceTheOtherAssetIsFinalThroughIt() {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            dates.add(MONDAY.plusDays(i));
        }
        List<LocalDate> spyDates = new ArrayList<>(dates);
        spyDates.remove(MONDAY.plusDays(6));
        spyDates.remove(MONDAY.plusDays(3));
        AssetData aapl = Daily.asset("AAPL", dates, closes(10, 100));
        AssetData spy = Daily.asset("SPY", spyDates, closes(8, 400));
        PullResult pull = pull(Alignment.INTERSECT, EXPRESSIONS, aapl, spy);
        ManualClock clock =
                new ManualClock(MONDAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        try (PushEngine engine = PushEngine.start(config(clock, aapl, spy).build())) {
            engine.add(AAPL, EXPRESSIONS).join();
            int s = 0;
            for (int i = 0; i < dates.size(); i++) {
                engine.bar(AAPL, aapl.bars().bar(i));
                engine.closeBar(AAPL);
                boolean spyTrades = s < spyDates.size() && spyDates.get(s).equals(dates.get(i));
                if (spyTrades && i > 0) {
                    assertThat(Snapshots.read(engine, AAPL).get("close@SPY").provisional())
                            .as("AAPL's closed bar of day %d waits for SPY's", i)
                            .isTrue();
                }
                if (spyTrades) {
                    engine.bar(SPY, spy.bars().bar(s++));
                    engine.closeBar(SPY);
                    assertValuesOfDay(engine, pull, i);
                }
            }
            assertThat(engine.stats().rebuilds()).isEqualTo(1);
        }
    }

    @Test
    void shouldCommitAfterTheGraceAndRebuildWhenTheOtherAssetsBarArrivesLater() {
        List<LocalDate> dates = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
        AssetData aapl = Daily.asset("AAPL", dates, closes(3, 100));
        AssetData spy = Daily.asset("SPY", dates, closes(3, 400));
        PullResult pull = pull(Alignment.INTERSECT, EXPRESSIONS, aapl, spy);
        ManualClock clock =
                new ManualClock(MONDAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        try (PushEngine engine = PushEngine.start(
                config(clock, aapl, spy).sourceGrace(Duration.ofSeconds(2)).build())) {
            engine.add(AAPL, EXPRESSIONS).join();
            for (int i = 0; i < 2; i++) {
                engine.bar(SPY, spy.bars().bar(i));
                engine.closeBar(SPY);
                engine.bar(AAPL, aapl.bars().bar(i));
                engine.closeBar(AAPL);
            }
            engine.bar(AAPL, aapl.bars().bar(2));
            engine.closeBar(AAPL);
            assertThat(committed(engine, aapl.bars().bar(2).time()))
                    .as("waiting for SPY")
                    .isFalse();
            clock.advance(Duration.ofSeconds(1));
            assertThat(committed(engine, aapl.bars().bar(2).time()))
                    .as("still within the grace")
                    .isFalse();
            clock.advance(Duration.ofSeconds(1));

            Map<String, NodeUpdate> graced = Snapshots.read(engine, AAPL);
            assertThat(graced.get("close@SPY").barTime())
                    .isEqualTo(aapl.bars().bar(2).time());
            assertThat(graced.get("close@SPY").value())
                    .as("SPY's bar unknown at the commit")
                    .isNaN();
            assertThat(graced.get("close@SPY").provisional()).isFalse();

            engine.bar(SPY, spy.bars().bar(2));
            engine.closeBar(SPY);
            assertValuesOfDay(engine, pull, 2);
            assertThat(engine.stats().rebuilds()).isEqualTo(2);
        }
    }

    @Test
    void shouldTakeTheOtherAssetsLatestBarWhenAlignedAsOf() {
        List<LocalDate> dates = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3));
        AssetData aapl = Daily.asset("AAPL", dates, closes(4, 100));
        AssetData spy = Daily.asset("SPY", List.of(MONDAY, MONDAY.plusDays(3)), closes(2, 400));
        PullResult pull = pull(Alignment.ASOF, EXPRESSIONS, aapl, spy);
        ManualClock clock =
                new ManualClock(MONDAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        try (PushEngine engine = PushEngine.start(
                config(clock, aapl, spy).alignment(Alignment.ASOF).build())) {
            engine.add(AAPL, EXPRESSIONS).join();
            engine.bar(SPY, spy.bars().bar(0));
            engine.closeBar(SPY);
            for (int i = 0; i < 3; i++) {
                engine.bar(AAPL, aapl.bars().bar(i));
                engine.closeBar(AAPL);
            }
            engine.bar(SPY, spy.bars().bar(1));
            assertValuesOfDay(engine, pull, 2);
            engine.bar(AAPL, aapl.bars().bar(3));
            engine.closeBar(SPY);
            engine.closeBar(AAPL);
            assertValuesOfDay(engine, pull, 3);
            assertThat(pull.column("close@SPY")[2]).isEqualTo(400);
        }
    }

    /** Whether AAPL's bar of {@code time} is committed. */
    private static boolean committed(PushEngine engine, Instant time) {
        NodeUpdate update = Snapshots.read(engine, AAPL).get("close@SPY");
        return !update.provisional() && !update.barTime().isBefore(time);
    }

    private static void assertValuesOfDay(PushEngine engine, PullResult pull, int i) {
        Map<String, NodeUpdate> values = Snapshots.read(engine, AAPL);
        for (String label : pull.labels()) {
            NodeUpdate update = values.get(label);
            assertThat(update.barTime()).as("%s time", label).isEqualTo(Instant.ofEpochSecond(pull.times()[i]));
            assertThat(update.provisional()).as("%s provisional", label).isFalse();
            assertThat(update.value()).as("%s on day %d", label, i).isEqualTo(Double.valueOf(pull.column(label)[i]));
        }
    }

    private static double[] closes(int n, double start) {
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = start + i * 1.5 + (i % 3) * 0.25;
        }
        return closes;
    }
}
