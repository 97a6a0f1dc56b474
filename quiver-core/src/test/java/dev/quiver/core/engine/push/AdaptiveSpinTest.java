package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdaptiveSpinTest {

    private final AdaptiveSpin spin = new AdaptiveSpin(1_000, 8_000);

    @Test
    void shouldHalveTheWindowEachTimeItRunsOutDownToTheMinimum() {
        assertThat(spinUntilPark()).isEqualTo(4_000);
        spin.worked();
        assertThat(spinUntilPark()).isEqualTo(2_000);
        spin.worked();
        spinUntilPark();
        spin.worked();
        assertThat(spinUntilPark()).as("not below the minimum").isEqualTo(1_000);
    }

    @Test
    void shouldDoubleTheWindowWhenWorkArrivesWhileSpinningUpToTheMaximum() {
        spinUntilPark();
        spin.worked();
        spinUntilPark();
        spin.worked();

        assertThat(spin.idle()).as("the first idle call spins").isFalse();
        spin.worked();
        assertThat(spin.windowNanos()).isEqualTo(4_000);
        spin.idle();
        spin.worked();
        spin.idle();
        spin.worked();
        assertThat(spin.windowNanos()).as("not above the maximum").isEqualTo(8_000);
    }

    @Test
    void shouldKeepParkingAfterAParkUntilWorkArrivesWithoutNarrowingAgain() {
        spinUntilPark();

        assertThat(spin.idle()).isTrue();
        assertThat(spin.idle()).isTrue();
        assertThat(spin.windowNanos()).isEqualTo(4_000);
        spin.worked();
        assertThat(spin.windowNanos())
                .as("work after a park is no spin's success")
                .isEqualTo(4_000);
        assertThat(spin.idle()).isFalse();
    }

    @Test
    void shouldRejectAnEmptyOrInvertedWindow() {
        assertThatThrownBy(() -> new AdaptiveSpin(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdaptiveSpin(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Calls idle until it says park; returns the window then. */
    private long spinUntilPark() {
        while (!spin.idle()) {
            // spins within the window, a few microseconds
        }
        return spin.windowNanos();
    }
}
