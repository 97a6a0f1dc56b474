package dev.quiver.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickPlanTest {

    private static final long MILLI = 1_000_000;

    private final TickPlan plan = new TickPlan(5 * MILLI, 10, 4, 2_000, 1_000, 100);

    @Test
    void shouldNameEachTickByItsAssetAndPrice() {
        for (long i = 0; i < plan.total(); i++) {
            assertThat(plan.tickOf(plan.asset(i), plan.price(i))).isEqualTo(i);
        }
    }

    @Test
    void shouldIgnorePricesOfOtherRuns() {
        assertThat(plan.tickOf(0, 1_999.5)).isEqualTo(-1);
        assertThat(plan.tickOf(0, Double.NaN)).isEqualTo(-1);
        assertThat(plan.tickOf(0, plan.price(plan.total() + 3))).isEqualTo(-1);
    }

    @Test
    void shouldScheduleEachMillisecondsTicksAtItsStart() {
        assertThat(plan.intendedNanos(0)).isEqualTo(5 * MILLI);
        assertThat(plan.intendedNanos(9)).isEqualTo(5 * MILLI);
        assertThat(plan.intendedNanos(10)).isEqualTo(6 * MILLI);
        assertThat(plan.dueAt(5 * MILLI - 1)).isZero();
        assertThat(plan.dueAt(5 * MILLI)).isEqualTo(10);
        assertThat(plan.dueAt(6 * MILLI + 1)).isEqualTo(20);
        assertThat(plan.dueAt(Long.MAX_VALUE / 2)).isEqualTo(plan.total());
    }

    @Test
    void shouldKnowEachAssetsLastTick() {
        assertThat(plan.lastOf(3)).isEqualTo(999);
        assertThat(plan.lastOf(0)).isEqualTo(996);
        assertThat(plan.asset(plan.lastOf(1))).isEqualTo(1);
    }
}
