package dev.quiver.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class BatchKernelTest {

    private static BatchKernel sma3() {
        return StandardCatalogue.get().bind("sma", Arguments.of(3)).batchKernel();
    }

    @Test
    void shouldSkipRowsWithANaNWithoutAdvancing() {
        double nan = Double.NaN;
        double[] out = sma3().compute(new double[][] {{nan, 1, 2, nan, 3, 4}})[0];
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isNaN();
        assertThat(out[3]).isNaN();
        assertThat(out[4]).isEqualTo(2.0);
        assertThat(out[5]).isEqualTo(3.0);
    }

    @Test
    void shouldRejectColumnsOfWrongCountOrLength() {
        assertThatThrownBy(() -> sma3().compute(new double[][] {{1}, {2}}))
                .hasMessage("expected 1 input and 1 output columns, got 2 and 1");
        assertThatThrownBy(() -> sma3().compute(new double[][] {{1, 2}}, new double[][] {{0}}))
                .hasMessage("columns differ in length: 2 and 1");
    }

    @Test
    void shouldCommitOnlyFinalUpdates() {
        IncrementalState s =
                StandardCatalogue.get().bind("sma", Arguments.of(2)).newState();
        s.update(new double[] {1}, false);
        s.update(new double[] {100}, true);
        assertThat(s.value()).isEqualTo(50.5);
        s.update(new double[] {3}, false);
        assertThat(s.value()).isEqualTo(2.0);
        s.update(new double[] {Double.NaN}, false);
        assertThat(s.value()).isNaN();
        s.update(new double[] {5}, false);
        assertThat(s.value()).isEqualTo(4.0);
    }
}
