package dev.quiver.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberLiteralTest {

    @ParameterizedTest
    @CsvSource({
        "20, 20",
        "2.0, 2",
        "-7, -7",
        "0.1, 0.1",
        "0.001, 0.001",
        "0.0001, 1e-4",
        "12345678, 12345678",
        "999999999999999, 999999999999999",
        "1e15, 1e15",
        "1.5e20, 1.5e20",
        "-2.5e-7, -2.5e-7",
        "4.9e-324, 4.9e-324",
        "1.7976931348623157e308, 1.7976931348623157e308"
    })
    void shouldPrintIntegralValuesAsIntegersAndOthersAsJavaDoes(double value, String canonical) {
        assertThat(NumberLiteral.of(value).canonical()).isEqualTo(canonical);
    }

    @Test
    void shouldTurnNegativeZeroIntoZero() {
        assertThat(NumberLiteral.of(-0.0)).isEqualTo(NumberLiteral.of(0));
        assertThat(NumberLiteral.of(-0.0).canonical()).isEqualTo("0");
    }

    @Test
    void shouldRefuseNonFiniteValues() {
        assertThatThrownBy(() -> NumberLiteral.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberLiteral.of(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
