package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.AssetData;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.engine.push.replay.ReplayFeed;
import dev.quiver.core.engine.push.support.Engines;
import dev.quiver.core.engine.push.support.PriceFiles;
import dev.quiver.core.engine.push.support.Recorder;
import dev.quiver.core.engine.push.support.Snapshots;
import dev.quiver.core.expr.ExpressionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SubscriptionTest {

    private static final AssetId SPY = AssetId.of("SPY");
    private static final AssetData DATA = PriceFiles.yahoo("SPY");

    private final PushEngine engine = Engines.liveFromFirstBar(DATA);

    @AfterEach
    void stop() {
        engine.close();
    }

    private void replay(int from, int to, ReplayFeed.Mode mode) throws InterruptedException {
        ReplayFeed.of(SPY, DATA.bars().slice(from, to)).mode(mode).run(engine);
        assertThat(engine.drain(Duration.ofSeconds(10))).isTrue();
    }

    private static Instant barTime(int i) {
        return Instant.ofEpochSecond(DATA.bars().time(i));
    }

    private static PullResult pull(String... expressions) {
        return Engines.pull(SPY, List.of(expressions), DATA);
    }

    @Test
    void shouldDeliverEachColumnsCommittedValueOfTheLastBar() throws InterruptedException {
        Recorder recorder = new Recorder();
        Subscription subscription =
                engine.subscribe(List.of("SPY:rsi(14)", "SPY:bbands()", "SPY:macd().signal"), recorder);
        replay(0, 300, ReplayFeed.Mode.TICKS);
        PullResult pull = pull("rsi(14)", "bbands()", "macd().signal");

        assertThat(subscription.keys()).containsExactly("SPY:rsi(14)", "SPY:bbands()", "SPY:macd().signal");
        assertThat(subscription.columns())
                .containsExactly(
                        "SPY:rsi(14)",
                        "SPY:bbands().upper",
                        "SPY:bbands().middle",
                        "SPY:bbands().lower",
                        "SPY:macd().signal");
        for (int k = 0; k < pull.labels().size(); k++) {
            String key = subscription.columns().get(k);
            NodeUpdate last =
                    recorder.await(key, u -> !u.provisional() && u.barTime().equals(barTime(299)));
            assertThat(last.value()).as(key).isEqualTo(pull.columns().get(k)[299]);
            assertThat(last.stale()).isFalse();
            List<Instant> times =
                    recorder.updates(key).stream().map(NodeUpdate::barTime).toList();
            assertThat(times).as("%s in bar order", key).isSorted();
        }
        assertThat(subscription.stats().delivered())
                .isEqualTo(recorder.updates().size());
        assertThat(subscription.stats().listenerErrors()).isZero();
    }

    @Test
    void shouldWakeAParkedDeliveryThreadAtOnceRatherThanWhenItsParkTimesOut() throws InterruptedException {
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        double base = 1_000;
        engine.subscribe(List.of("SPY:close"), u -> {
            if (u.provisional() && u.value() >= base) {
                arrivals.add(System.nanoTime());
            }
        });
        long[] millis = new long[15];
        for (int i = 0; i < millis.length; i++) {
            Thread.sleep(20); // the writer and the delivery thread have long parked
            long sent = System.nanoTime();
            engine.tick(SPY, barTime(0).toEpochMilli(), base + i, 100);
            Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
            assertThat(arrived).as("trade %d delivered", i).isNotNull();
            millis[i] = TimeUnit.NANOSECONDS.toMillis(arrived - sent);
        }

        Arrays.sort(millis);
        assertThat(millis[millis.length / 2])
                .as(
                        "median ms from trade to listener (a lost wake-up waits out a 50 ms park): %s",
                        Arrays.toString(millis))
                .isLessThan(5);
    }

    @Test
    void shouldKeepDeliveringToAListenerThatThrowsAndToOthers() throws InterruptedException {
        Subscription throwing = engine.subscribe(List.of("SPY:sma(5)"), u -> {
            throw new IllegalStateException("listener failure");
        });
        Recorder recorder = new Recorder();
        engine.subscribe(List.of("SPY:sma(5)"), recorder);
        replay(0, 50, ReplayFeed.Mode.BARS);
        recorder.await("SPY:sma(5)", u -> !u.provisional() && u.barTime().equals(barTime(49)));
        awaitStats(throwing, s -> s.listenerErrors() > 0);
        long firstErrors = throwing.stats().listenerErrors();
        replay(50, 100, ReplayFeed.Mode.BARS);

        recorder.await("SPY:sma(5)", u -> !u.provisional() && u.barTime().equals(barTime(99)));
        awaitStats(throwing, s -> s.listenerErrors() > firstErrors);
        assertThat(throwing.stats().listenerErrors()).isEqualTo(throwing.stats().delivered());
        assertThat(engine.stats().errors())
                .as("listener errors are not engine errors")
                .isZero();
    }

    @Test
    void shouldDelayNeitherTheEngineNorOtherListenersWhenAListenerBlocks() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Recorder blocked = new Recorder();
        Subscription blocking = engine.subscribe(List.of("SPY:ema(10)"), update -> {
            blocked.onUpdate(update);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Recorder recorder = new Recorder();
        engine.subscribe(List.of("SPY:ema(10)"), recorder);
        int last = DATA.bars().size() - 1;

        replay(0, DATA.bars().size(), ReplayFeed.Mode.TICKS);

        recorder.await("SPY:ema(10)", u -> !u.provisional() && u.barTime().equals(barTime(last)));
        assertThat(blocked.updates()).hasSize(1);
        assertThat(blocking.stats().coalesced()).as("replaced while blocked").isGreaterThan(2 * last);
        release.countDown();
        NodeUpdate next = blocked.await("SPY:ema(10)", u -> blocked.updates().size() > 1);
        assertThat(next).as("latest value wins").isEqualTo(recorder.latest("SPY:ema(10)"));
        assertThat(blocked.updates()).hasSize(2);
    }

    @Test
    void shouldEndOnTheLatestValueWhenASlowListenerFallsBehind() throws InterruptedException {
        Recorder slow = new Recorder();
        Subscription subscription = engine.subscribe(List.of("SPY:wma(20)"), update -> {
            slow.onUpdate(update);
            sleep(2);
        });

        replay(0, 500, ReplayFeed.Mode.TICKS);

        NodeUpdate last =
                slow.await("SPY:wma(20)", u -> !u.provisional() && u.barTime().equals(barTime(499)));
        assertThat(last.value()).isEqualTo(pull("wma(20)").column("wma(20)")[499]);
        assertThat(subscription.stats().coalesced()).isPositive();
        assertThat(slow.updates("SPY:wma(20)").stream().map(NodeUpdate::barTime).toList())
                .isSorted();
    }

    @Test
    void shouldStopDeliveringAndDropItsColumnsWhenClosed() throws InterruptedException {
        Recorder recorder = new Recorder();
        Subscription subscription = engine.subscribe(List.of("SPY:ema(5)"), recorder);
        engine.add(SPY, List.of("sma(5)")).join();
        replay(0, 20, ReplayFeed.Mode.BARS);
        recorder.await("SPY:ema(5)", u -> !u.provisional() && u.barTime().equals(barTime(19)));

        subscription.close();
        replay(20, 40, ReplayFeed.Mode.BARS);
        sleep(50);

        assertThat(recorder.latest("SPY:ema(5)").barTime()).isEqualTo(barTime(19));
        assertThat(Snapshots.read(engine, SPY)).containsOnlyKeys("sma(5)");
    }

    @Test
    void shouldRejectAMalformedKeyOrABadExpressionBeforeSubscribing() {
        assertThatThrownBy(() -> engine.subscribe(List.of("rsi(14)"), new Recorder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SYMBOL:EXPR");
        assertThatThrownBy(() -> engine.subscribe(List.of("SPY:rsi(14"), new Recorder()))
                .isInstanceOf(ExpressionException.class);
    }

    private static void awaitStats(Subscription subscription, java.util.function.Predicate<SubscriptionStats> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.test(subscription.stats())) {
            assertThat(System.nanoTime())
                    .as("waited for %s", subscription.stats())
                    .isLessThan(deadline);
            sleep(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
