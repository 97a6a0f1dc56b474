package dev.quiver.core.analytics.block;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortedWindowTest {

    @Test
    void shouldDropTheOldestValueOfAFullWindow() {
        SortedWindow w = new SortedWindow(3);
        for (double x : new double[] {5, 1, 3}) {
            w.add(x);
            w.settle(true);
        }
        assertThat(w.add(4)).isTrue();
        w.settle(true);
        assertThat(w.count()).isEqualTo(3);
        assertThat(w.percentile(0)).isEqualTo(1.0);
        assertThat(w.percentile(1)).isEqualTo(4.0);
    }

    @Test
    void shouldRestoreTheWindowAfterAProvisionalValue() {
        SortedWindow w = new SortedWindow(3);
        for (double x : new double[] {5, 1, 3}) {
            w.add(x);
            w.settle(true);
        }
        w.add(-7);
        assertThat(w.meanOfSmallest(1)).isEqualTo(-7.0);
        w.settle(false);
        assertThat(w.count()).isEqualTo(3);
        assertThat(w.meanOfSmallest(3)).isEqualTo(3.0);
        w.add(2);
        w.settle(true);
        assertThat(w.meanOfSmallest(3)).isEqualTo(2.0);
    }

    /** numpy: {@code percentile([1, 2, 3, 4], 50) == 2.5}, {@code percentile([1, 2, 3, 4], 75) == 3.25}. */
    @Test
    void shouldInterpolateLinearlyAsNumpy() {
        SortedWindow w = new SortedWindow(0);
        for (double x : new double[] {4, 2, 1, 3}) {
            assertThat(w.add(x)).isTrue();
            w.settle(true);
        }
        assertThat(w.percentile(0.5)).isEqualTo(2.5);
        assertThat(w.percentile(0.75)).isEqualTo(3.25);
    }

    @Test
    void shouldGrowWhenExpanding() {
        SortedWindow w = new SortedWindow(0);
        for (int i = 1000; i > 0; i--) {
            w.add(i);
            w.settle(true);
        }
        assertThat(w.count()).isEqualTo(1000);
        assertThat(w.percentile(0)).isEqualTo(1.0);
        assertThat(w.meanOfSmallest(1000)).isEqualTo(500.5);
    }
}
