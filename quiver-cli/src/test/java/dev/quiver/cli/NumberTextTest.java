package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void shouldParseBackToTheSameDouble() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value)) {
                continue;
            }
            String text = NumberText.format(value);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
        }
    }

    @Test
    void shouldPrintWholeNumbersWithoutFractionAndNaNAsEmpty() {
        assertThat(NumberText.format(97230000.0)).isEqualTo("97230000");
        assertThat(NumberText.format(-3.0)).isEqualTo("-3");
        assertThat(NumberText.format(2.193571)).isEqualTo("2.193571");
        assertThat(NumberText.format(1e-7)).isEqualTo("0.0000001");
        assertThat(NumberText.format(Double.NaN)).isEmpty();
    }
}
