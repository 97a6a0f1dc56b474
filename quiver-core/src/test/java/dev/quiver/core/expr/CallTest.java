package dev.quiver.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallTest {

    @Test
    void shouldIgnoreSourcePositionsInEquality() {
        Call written = (Call) ExpressionParser.parse("  sma( rsi( 14 ) ,  w = 2 )");
        Call built = Call.of(
                "sma",
                List.of(Call.of("rsi", List.of(NumberLiteral.of(14)), List.of())),
                List.of(NamedArg.of("w", NumberLiteral.of(2))));

        assertThat(written.start()).isEqualTo(2);
        assertThat(written).isEqualTo(built).hasSameHashCodeAs(built);
    }

    @Test
    void shouldTellCallsApartByNamedArgumentOrder() {
        assertThat(ExpressionParser.parse("f(a=1,b=2)")).isNotEqualTo(ExpressionParser.parse("f(b=2,a=1)"));
    }

    @Test
    void shouldRefuseParameterNamedTwice() {
        List<NamedArg> twice = List.of(NamedArg.of("n", NumberLiteral.of(1)), NamedArg.of("N", NumberLiteral.of(2)));

        assertThatThrownBy(() -> Call.of("sma", List.of(), twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'n' named twice");
    }

    @Test
    void shouldNormaliseAndCheckName() {
        assertThat(Call.of("SMA", List.of(), List.of()).name()).isEqualTo("sma");
        assertThatThrownBy(() -> Call.of("2sma", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid analytic name '2sma'");
    }
}
