package dev.quiver.core.analytics.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanVarianceTest {

    /** Textbook sample: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5 and population variance 4 (sum of squares 32). */
    @Test
    void shouldGiveMeanAndSampleVarianceOfWhatItHolds() {
        MeanVariance m = new MeanVariance();
        for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            m.add(x);
        }
        assertThat(m.count()).isEqualTo(8);
        assertThat(m.mean()).isEqualTo(5.0);
        assertThat(m.sumOfSquares()).isCloseTo(32, within(1e-12));
        assertThat(m.sampleVariance()).isCloseTo(32.0 / 7, within(1e-12));
    }

    @Test
    void shouldForgetWhatIsRemoved() {
        MeanVariance m = new MeanVariance();
        for (double x : new double[] {100, 2, 4, 4, 4, 5, 5, 7, 9}) {
            m.add(x);
        }
        m.remove(100);
        assertThat(m.mean()).isCloseTo(5.0, within(1e-12));
        assertThat(m.sumOfSquares()).isCloseTo(32, within(1e-9));
    }

    @Test
    void shouldBeExactlyZeroOnceOnlyZerosAreLeft() {
        MeanVariance m = new MeanVariance();
        for (double x : new double[] {0.3, -0.1, 0.0, 0.0, 0.7}) {
            m.add(x);
        }
        m.remove(0.3);
        m.remove(-0.1);
        m.remove(0.7);
        assertThat(m.mean()).isZero();
        assertThat(m.sumOfSquares()).isZero();
        assertThat(m.sampleVariance()).isZero();
    }

    @Test
    void shouldHaveNoMeanWhenEmptyAndNoVarianceBelowTwoValues() {
        MeanVariance m = new MeanVariance();
        assertThat(m.mean()).isNaN();
        m.add(1.5);
        assertThat(m.sampleVariance()).isNaN();
        m.remove(1.5);
        assertThat(m.count()).isZero();
        assertThat(m.mean()).isNaN();
    }
}
