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

        assertThat(slots.takeNext()).isZero();
        assertThat(slots.readTime()).isEqualTo(11);
        assertThat(slots.readValue()).isEqualTo(3.0);
        assertThat(slots.readProvisional()).isFalse();
        assertThat(slots.readStale()).isTrue();
        assertThat(slots.coalesced()).isEqualTo(2);
        assertThat(slots.takeNext()).as("nothing left").isEqualTo(-1);
    }

    @Test
    void shouldGiveAValueOnceAndNothingForAnUntouchedSlot() {
        slots.write(1, 10, 1.0, false, false);

        assertThat(slots.anyPending()).isTrue();
        assertThat(slots.takeNext()).isEqualTo(1);
        assertThat(slots.takeNext()).isEqualTo(-1);
        assertThat(slots.anyPending()).isFalse();
    }

    @Test
    void shouldGiveSlotsInTheOrderTheyBecamePendingAndAgainAfterANewWrite() {
        slots.write(1, 10, 1.0, false, false);
        slots.write(0, 10, 2.0, false, false);
        slots.write(1, 10, 3.0, false, false);

        assertThat(slots.takeNext()).isEqualTo(1);
        assertThat(slots.readValue()).isEqualTo(3.0);
        assertThat(slots.takeNext()).isZero();
        assertThat(slots.write(1, 11, 4.0, false, false))
                .as("a taken slot wakes the reader again")
                .isTrue();
        assertThat(slots.takeNext()).isEqualTo(1);
        assertThat(slots.readValue()).isEqualTo(4.0);
        assertThat(slots.takeNext()).isEqualTo(-1);
    }

    @Test
    void shouldCoalesceWritesToATakenSlotIntoOneDelivery() {
        UpdateSlots one = new UpdateSlots(1);
        one.write(0, 10, 1.0, false, false);
        assertThat(one.takeNext()).isZero();
        one.write(0, 10, 2.0, false, false);
        one.write(0, 10, 3.0, false, false);

        assertThat(one.takeNext()).isZero();
        assertThat(one.readValue()).isEqualTo(3.0);
        assertThat(one.takeNext()).isEqualTo(-1);
    }
}
