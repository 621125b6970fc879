package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlotPoolTest {

    @Test
    void givesOutNoMoreSlotsThanItHas() {
        SlotPool slots = new SlotPool(2);
        assertThat(slots.tryAcquire()).isTrue();
        assertThat(slots.tryAcquire()).isTrue();
        assertThat(slots.tryAcquire()).isFalse();
        assertThat(slots.busy()).isEqualTo(2);
        assertThat(slots.free()).isZero();
    }

    @Test
    void aReleasedSlotCanBeTakenAgain() {
        SlotPool slots = new SlotPool(1);
        slots.tryAcquire();
        slots.release();
        assertThat(slots.tryAcquire()).isTrue();
    }

    @Test
    void refusesToReleaseASlotNotTaken() {
        assertThatThrownBy(() -> new SlotPool(1).release()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAPoolWithoutSlots() {
        assertThatThrownBy(() -> new SlotPool(0)).hasMessageContaining("slots");
    }
}
