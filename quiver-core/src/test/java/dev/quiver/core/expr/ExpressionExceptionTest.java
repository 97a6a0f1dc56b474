package dev.quiver.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpressionExceptionTest {

    @Test
    void shouldPutCaretUnderPosition() {
        ExpressionException e = new ExpressionException("sma(20", 6, "expected ',' or ')'", "found end of input");

        assertThat(e.caretLine()).isEqualTo("sma(20\n      ^");
    }

    @Test
    void shouldKeepCaretColumnWhenExpressionHoldsTabsAndLineBreaks() {
        ExpressionException e = new ExpressionException("sma(\t20,\n$)", 9, "unexpected character");

        assertThat(e.caretLine()).isEqualTo("sma( 20, $)\n         ^");
    }

    @Test
    void shouldSeparateExpressionFromReason() {
        ExpressionException e = new ExpressionException("smaa(3)", 0, "unknown analytic 'smaa'");

        assertThat(e).hasMessage("smaa(3) : unknown analytic 'smaa' at position 0");
        assertThat(e.reason()).isEqualTo("unknown analytic 'smaa' at position 0");
        assertThat(e.expression()).isEqualTo("smaa(3)");
        assertThat(e.position()).isZero();
    }

    @Test
    void shouldAcceptEndOfInputAsPosition() {
        assertThat(new ExpressionException("", 0, "expected a field or a call").caretLine())
                .isEqualTo("\n^");
    }

    @Test
    void shouldRefusePositionOutsideExpression() {
        assertThatThrownBy(() -> new ExpressionException("close", 6, "oops"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 6 outside [0, 5]");
        assertThatThrownBy(() -> new ExpressionException("close", -1, "oops"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
