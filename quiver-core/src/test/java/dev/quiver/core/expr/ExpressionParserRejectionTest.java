package dev.quiver.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way the parser rejects text: position and message. */
class ExpressionParserRejectionTest {

    private static ExpressionException rejection(String text) {
        return catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse(text));
    }

    private static ExpressionException qualifiedRejection(String text) {
        return catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parseQualified(text));
    }

    @Test
    void shouldNamePositionOfMissingParenthesis() {
        ExpressionException e = rejection("sma(20");

        assertThat(e.position()).isEqualTo(6);
        assertThat(e).hasMessage("sma(20 : expected ',' or ')' at position 6, found end of input");
        assertThat(e.expression()).isEqualTo("sma(20");
    }

    @Test
    void shouldNamePositionOfMissingInnerParenthesis() {
        assertThat(rejection("sma(rsi(14, 5)").reason())
                .isEqualTo("expected ',' or ')' at position 14, found end of input");
    }

    @Test
    void shouldRejectUnmatchedClosingParenthesis() {
        assertThat(rejection("sma(20))").reason()).isEqualTo("expected end of input at position 7, found ')'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"sma(20,,5)|7|','", "sma(,5)|4|','", "sma(20, )|8|')'"})
    void shouldRejectEmptyArgumentAndTrailingComma(String text, int position, String found) {
        assertThat(rejection(text).reason())
                .isEqualTo("expected an argument at position " + position + ", found " + found);
    }

    @Test
    void shouldRejectUnknownCharacter() {
        assertThat(rejection("sma(20) $").reason()).isEqualTo("unexpected character at position 8, found '$'");
    }

    @Test
    void shouldNameInvisibleCharacterByCodePoint() {
        assertThat(rejection("sma(\u0001)").reason()).isEqualTo("unexpected character at position 4, found U+0001");
    }

    @Test
    void shouldRejectPositionalArgumentAfterNamedOne() {
        assertThat(rejection("bbands(nbdevup=2, 20)").reason())
                .isEqualTo("positional argument after named argument 'nbdevup' at position 18,"
                        + " positional arguments come first");
    }

    @Test
    void shouldRejectDuplicateNamedArgumentWhateverItsCase() {
        assertThat(rejection("bbands(20, nbdevup=2, NBDEVUP=3)").reason())
                .isEqualTo("duplicate named argument 'nbdevup' at position 22, already given at position 11");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sma(1.2.3)|1.2.3",
                "sma(1e)|1e",
                "sma(1e+)|1e+",
                "sma(20abc)|20abc",
                "sma(1.)|1.",
                "sma(12.signal)|12.signal",
                "sma(-1_0)|-1_0"
            })
    void shouldRejectMalformedNumber(String text, String number) {
        assertThat(rejection(text).reason()).isEqualTo("malformed number at position 4, found '" + number + "'");
    }

    @Test
    void shouldRejectSelectorWithoutOutputName() {
        assertThat(rejection("macd(1).").reason())
                .isEqualTo("expected an output name at position 8, found end of input");
        assertThat(rejection("macd(1).5").reason())
                .isEqualTo("expected an output name at position 8, found number '5'");
    }

    @Test
    void shouldRejectSelectorOnField() {
        assertThat(rejection("close.x").reason()).isEqualTo("expected end of input at position 5, found '.'");
    }

    @Test
    void shouldRejectNumberTooLargeForDouble() {
        assertThat(rejection("sma(1e999)").reason()).isEqualTo("number out of range at position 4, found '1e999'");
    }

    @Test
    void shouldRejectSignNotAttachedToDigits() {
        assertThat(rejection("sma(- 5)").reason()).isEqualTo("unexpected character at position 4, found '-'");
    }

    @Test
    void shouldRejectEmptySymbolAfterAtSign() {
        assertThat(rejection("close@").reason()).isEqualTo("expected a symbol at position 6, found end of input");
        assertThat(rejection("beta(close@ , close, 5)").reason())
                .isEqualTo("expected a symbol at position 12, found ','");
    }

    @Test
    void shouldRejectSymbolThatNoTickerCanBe() {
        ExpressionException e = rejection("close@.B");

        assertThat(e.position()).isEqualTo(6);
        assertThat(e.reason()).startsWith("invalid symbol '.B'");
    }

    @Test
    void shouldRejectJunkAfterExpression() {
        assertThat(rejection("close high").reason())
                .isEqualTo("expected end of input at position 6, found name 'high'");
    }

    @Test
    void shouldRejectEmptyInput() {
        assertThat(rejection("").reason()).isEqualTo("expected a field or a call at position 0, found end of input");
        assertThat(rejection("  ").position()).isEqualTo(2);
    }

    @Test
    void shouldRejectNumberStandingAsWholeExpression() {
        assertThat(rejection("20").reason()).isEqualTo("expected a field or a call at position 0, found number '20'");
    }

    @Test
    void shouldRejectAssetOnCall() {
        assertThat(rejection("rsi(14)@SPY").reason())
                .isEqualTo("'@' names the asset of a field, not of a call at position 7,"
                        + " write the asset on the inputs, as in sma(close@SPY, 20)");
    }

    @Test
    void shouldRejectSeriesAsNamedValue() {
        assertThat(rejection("sma(x=close@SPY)").reason()).isEqualTo("expected ',' or ')' at position 11, found '@'");
        assertThat(rejection("sma(x=)").reason())
                .isEqualTo("expected a number or a name after '=' at position 6, found ')'");
    }

    @Test
    void shouldRejectCallsNestedBeyondLimit() {
        int depth = ExpressionParser.MAX_DEPTH + 1;
        String text = "sma(".repeat(depth) + "close" + ")".repeat(depth);

        ExpressionException e = rejection(text);

        assertThat(e.position()).isEqualTo(4 * depth - 1);
        assertThat(e.reason()).startsWith("calls nested too deeply");
    }

    @Test
    void shouldAcceptCallsNestedUpToLimit() {
        int depth = ExpressionParser.MAX_DEPTH;

        Series parsed = ExpressionParser.parse("sma(".repeat(depth) + "close" + ")".repeat(depth));

        assertThat(parsed.canonical()).hasSize(5 * depth + 5);
    }

    @Test
    void shouldRejectQualifiedExpressionWithoutSymbol() {
        assertThat(qualifiedRejection(":rsi(14)").reason()).isEqualTo("expected a symbol at position 0, found ':'");
    }

    @Test
    void shouldRejectQualifiedExpressionWithoutColon() {
        assertThat(qualifiedRejection("AAPL rsi(14)").reason())
                .isEqualTo("expected ':' after the symbol at position 5, found name 'rsi'");
    }

    @Test
    void shouldRejectQualifiedExpressionWithoutExpression() {
        assertThat(qualifiedRejection("AAPL:").reason())
                .isEqualTo("expected a field or a call at position 5, found end of input");
    }
}
