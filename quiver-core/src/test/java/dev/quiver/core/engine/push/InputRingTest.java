package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.AssetId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InputRingTest {

    @Test
    void shouldDeliverEveryEventOfEveryProducerInItsOrderThroughASmallRing() throws Exception {
        InputRing ring = new InputRing(64);
        int producers = 3;
        int perProducer = 5_000;
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            AssetId asset = AssetId.of("P" + p);
            running.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < perProducer; i++) {
                    long position = ring.claim();
                    ring.event(position).tick(asset, i, 1, 1);
                    ring.publish(position);
                }
            }));
        }
        long[] next = new long[producers];
        for (int received = 0; received < producers * perProducer; ) {
            InputEvent event = ring.peek();
            if (event == null) {
                Thread.yield();
                continue;
            }
            int p = event.asset.symbol().charAt(1) - '0';
            assertThat(event.time).as("producer %d order", p).isEqualTo(next[p]++);
            ring.release();
            received++;
        }
        CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
        assertThat(next).containsOnly(perProducer);
        assertThat(ring.peek()).isNull();
    }

    @Test
    void shouldFailAProducerWaitingOnAFullRingOnceClosed() {
        InputRing ring = new InputRing(2);
        ring.publish(ring.claim());
        ring.publish(ring.claim());
        CompletableFuture<Long> blocked = CompletableFuture.supplyAsync(ring::claim);

        ring.close();

        assertThatThrownBy(() -> blocked.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void shouldRejectACapacityThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> new InputRing(12)).isInstanceOf(IllegalArgumentException.class);
    }
}
