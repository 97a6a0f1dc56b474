package dev.quiver.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.NodeUpdate;
import java.time.Instant;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    private static final AssetId A = AssetId.of("A");
    private static final AssetId B = AssetId.of("B");
    private static final long FIRST = 500;

    /** Trades handed over every 10 ms from far in the past, so that every latency is large and known within 1%. */
    private final Pacer pacer = new Pacer(System.nanoTime() - 10_000_000_000L, 10_000_000);

    private final long[] starts = LongStream.range(0, 6).map(pacer::intended).toArray();

    @Test
    void shouldRecordEveryMeasuredTradeOnceFromItsStartCountingTradesAnUpdateSuperseded() {
        LatencyRecorder recorder = new LatencyRecorder(new AssetId[] {A, B}, starts, FIRST, 2, 6);

        recorder.onUpdate(close(A, FIRST + 2));
        recorder.onUpdate(close(B, FIRST));
        recorder.onUpdate(close(B, FIRST + 2));

        assertThat(recorder.recorded())
                .as("trades 2 to 5 (A's k=1,2 and B's k=1,2): B's k=1 coalesced into k=2")
                .isEqualTo(4);
        long now = System.nanoTime();
        assertThat((double) recorder.nanos().getMaxValue())
                .as("trade 2, the earliest measured")
                .isCloseTo(now - pacer.intended(2), withinPercentage(1));
        assertThat((double) recorder.nanos().getMinValue())
                .as("trade 5, the latest")
                .isCloseTo(now - pacer.intended(5), withinPercentage(1));
    }

    @Test
    void shouldIgnoreCommittedValuesRepeatsAndPricesOutsideTheRun() {
        LatencyRecorder recorder = new LatencyRecorder(new AssetId[] {A, B}, starts, FIRST, 0, 4);

        recorder.onUpdate(new NodeUpdate(A, "close", Instant.EPOCH, LatencyRecorder.price(FIRST), false, false));
        recorder.onUpdate(close(A, FIRST - 1));
        recorder.onUpdate(close(A, FIRST + 2));
        recorder.onUpdate(close(AssetId.of("C"), FIRST));
        assertThat(recorder.recorded()).isZero();

        recorder.onUpdate(close(A, FIRST + 1));
        recorder.onUpdate(close(A, FIRST + 1));
        assertThat(recorder.recorded()).isEqualTo(2);
    }

    @Test
    void shouldStartATradeWhenItIsHandedOverLessTheTimeTheEngineHeldTheProducerButNotBeforeItIsDue() {
        assertThat(LatencyRecorder.start(1_000, 1_070, 1))
                .as("the producer woke 70 ns late on its own")
                .isEqualTo(1_069);
        assertThat(LatencyRecorder.start(1_000, 1_070, 50))
                .as("the engine held the producer 50 ns of its 70 ns late")
                .isEqualTo(1_020);
        assertThat(LatencyRecorder.start(1_000, 1_070, 500))
                .as("held long past the due time")
                .isEqualTo(1_000);
    }

    private static NodeUpdate close(AssetId asset, long k) {
        return new NodeUpdate(asset, "close", Instant.EPOCH, LatencyRecorder.price(k), true, false);
    }
}
