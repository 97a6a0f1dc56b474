package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpdateSlotsTest {

    private final UpdateSlots slots = new UpdateSlots(2);

    @Test
    void shouldKeepOnlyTheLatestValueOfAPendingSlotAndCountTheRest() {
        assertThat(slots.write(0, 10, 1.0, true, false))
                .as("first write wakes the reader")
                .isTrue();
        assertThat(slots.write(0, 10, 2.0, true, false)).isFalse();
        assertThat(slots.write(0, 11, 3.0, false, true)).isFalse();

        assertThat(slots.take(0)).isTrue();
        assertThat(slots.readTime()).isEqualTo(11);
        assertThat(slots.readValue()).isEqualTo(3.0);
        assertThat(slots.readProvisional()).isFalse();
        assertThat(slots.readStale()).isTrue();
        assertThat(slots.coalesced()).isEqualTo(2);
    }

    @Test
    void shouldGiveAValueOnceAndNothingForAnUntouchedSlot() {
        slots.write(1, 10, 1.0, false, false);

        assertThat(slots.anyPending()).isTrue();
        assertThat(slots.take(0)).isFalse();
        assertThat(slots.take(1)).isTrue();
        assertThat(slots.take(1)).isFalse();
        assertThat(slots.anyPending()).isFalse();
    }
}
