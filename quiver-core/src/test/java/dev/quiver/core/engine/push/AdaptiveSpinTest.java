package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdaptiveSpinTest {

    private long now = 1_000_000;
    private final AdaptiveSpin spin = new AdaptiveSpin(() -> now, 1_000, 8_000);

    @Test
    void shouldSpinWithinTheWindowAndParkOnceItRunsOut() {
        assertThat(spin.idle()).as("the first idle call spins").isFalse();
        now += 7_999;
        assertThat(spin.idle()).isFalse();
        now += 1;
        assertThat(spin.idle()).as("the window of 8 us has run out").isTrue();
        now += 50_000;
        assertThat(spin.idle()).as("parked until work arrives").isTrue();
    }

    @Test
    void shouldHalveTheWindowForEachGapNoWindowCouldBridgeDownToTheMinimum() {
        idleFor(9_000);
        assertThat(spin.windowNanos()).isEqualTo(4_000);
        idleFor(100_000);
        idleFor(100_000);
        assertThat(spin.windowNanos()).isEqualTo(1_000);
        idleFor(100_000);
        assertThat(spin.windowNanos()).as("not below the minimum").isEqualTo(1_000);
    }

    @Test
    void shouldWidenTheWindowToTwiceAGapItCouldBridgeEvenAfterParkingThroughIt() {
        idleFor(100_000);
        idleFor(100_000);
        assertThat(spin.windowNanos()).isEqualTo(2_000);

        idleFor(3_000);
        assertThat(spin.windowNanos())
                .as("a gap of 3 us, parked through, is within the maximum")
                .isEqualTo(6_000);
        assertThat(spin.idle()).isFalse();
        now += 5_999;
        assertThat(spin.idle()).as("the next gap like it is spun through").isFalse();
    }

    @Test
    void shouldNeitherNarrowTheWindowForAShortGapNorWidenItBeyondTheMaximum() {
        idleFor(100_000);
        idleFor(500);
        assertThat(spin.windowNanos()).as("a short gap keeps the window").isEqualTo(4_000);
        idleFor(7_000);
        assertThat(spin.windowNanos()).as("not above the maximum").isEqualTo(8_000);
    }

    @Test
    void shouldLeaveTheWindowAloneWhileWorkFollowsWork() {
        spin.worked();
        now += 100_000;
        spin.worked();
        assertThat(spin.windowNanos()).isEqualTo(8_000);
    }

    @Test
    void shouldRejectAnEmptyOrInvertedWindow() {
        assertThatThrownBy(() -> new AdaptiveSpin(System::nanoTime, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdaptiveSpin(System::nanoTime, 10, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Goes idle, spinning (and parking once the window runs out) for {@code gap}, then finds work. */
    private void idleFor(long gap) {
        long end = now + gap;
        spin.idle();
        while (now < end) {
            now = Math.min(end, now + 500);
            spin.idle();
        }
        spin.worked();
    }
}
