package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.engine.pull.Alignment;
import org.junit.jupiter.api.Test;

class BarHistoryTest {

    private static double[] bar(double close) {
        return new double[] {close, close, close, close, 1, Double.NaN};
    }

    private static BarHistory of(long... keys) {
        BarHistory history = new BarHistory();
        for (long key : keys) {
            history.put(key * 86_400, key, bar(key));
        }
        return history;
    }

    @Test
    void shouldKeepBarsOrderedByKeyWhenOneIsInsertedLate() {
        BarHistory history = of(1, 2, 4);
        history.put(3 * 86_400, 3, bar(3));

        assertThat(history.size()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(history.key(i)).isEqualTo(i + 1);
            assertThat(history.value(Fields.CLOSE, i)).isEqualTo(i + 1);
        }
    }

    @Test
    void shouldReplaceTheBarOfTheSameKey() {
        BarHistory history = of(1, 2, 3);
        history.put(2 * 86_400, 2, bar(20));

        assertThat(history.size()).isEqualTo(3);
        assertThat(history.value(Fields.CLOSE, 1)).isEqualTo(20);
    }

    @Test
    void shouldGrowPastItsInitialCapacity() {
        BarHistory history = new BarHistory();
        for (int k = 0; k < 1000; k++) {
            history.put(k, k, bar(k));
        }

        assertThat(history.size()).isEqualTo(1000);
        assertThat(history.value(Fields.CLOSE, 999)).isEqualTo(999);
        assertThat(history.copy().value(Fields.CLOSE, 500)).isEqualTo(500);
    }

    @Test
    void shouldAlignOnlyEqualKeysUnderIntersection() {
        BarHistory history = of(1, 3);

        assertThat(history.aligned(Fields.CLOSE, 3, Alignment.INTERSECT)).isEqualTo(3);
        assertThat(history.aligned(Fields.CLOSE, 2, Alignment.INTERSECT)).isNaN();
        assertThat(history.aligned(Fields.CLOSE, 9, Alignment.INTERSECT)).isNaN();
    }

    @Test
    void shouldAlignTheLatestEarlierKeyAsOf() {
        BarHistory history = of(1, 3);

        assertThat(history.aligned(Fields.CLOSE, 2, Alignment.ASOF)).isEqualTo(1);
        assertThat(history.aligned(Fields.CLOSE, 9, Alignment.ASOF)).isEqualTo(3);
        assertThat(history.aligned(Fields.CLOSE, 0, Alignment.ASOF)).isNaN();
        assertThat(new BarHistory().aligned(Fields.CLOSE, 0, Alignment.ASOF)).isNaN();
    }
}
