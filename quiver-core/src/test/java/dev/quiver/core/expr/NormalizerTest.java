package dev.quiver.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quiver.core.expr.support.TestCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

    private final Normalizer normalizer = new Normalizer(new TestCatalogue());

    private String key(String expression) {
        return normalizer.normalize(expression).canonical();
    }

    private ExpressionException rejection(String expression) {
        return catchThrowableOfType(ExpressionException.class, () -> normalizer.normalize(expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sma(20)", "sma(close, 20)", "SMA( Close , timeperiod = 20 )", "sma(timeperiod=20.0)"})
    void shouldGiveOmittedAndExplicitDefaultInputTheSameKey(String expression) {
        assertThat(key(expression)).isEqualTo("sma(close,timeperiod=20)");
    }

    @Test
    void shouldTellDifferentParametersApart() {
        assertThat(key("sma(21)")).isNotEqualTo(key("sma(20)"));
        assertThat(key("sma(high, 20)")).isEqualTo("sma(high,timeperiod=20)");
    }

    @Test
    void shouldFillDefaultParametersInCatalogueOrder() {
        assertThat(key("sma()")).isEqualTo("sma(close,timeperiod=30)");
        assertThat(key("macd(slowperiod=30).signal"))
                .isEqualTo("macd(close,fastperiod=12,slowperiod=30,signalperiod=9).signal");
    }

    @Test
    void shouldNormaliseNestedInputs() {
        assertThat(key("sma(rsi(14), 5)")).isEqualTo("sma(rsi(close,timeperiod=14),timeperiod=5)");
        assertThat(key("sma(rsi(close, 14), timeperiod=5)")).isEqualTo(key("sma(rsi(14), 5)"));
    }

    @Test
    void shouldBindEnumerationPositionallyOrByName() {
        String expected = "bbands(close,timeperiod=20,nbdevup=2,nbdevdn=2,matype=ema).upper";

        assertThat(key("bbands(20, nbdevup=2, nbdevdn=2, matype=ema).upper")).isEqualTo(expected);
        assertThat(key("bbands(20, 2, 2, ema).upper")).isEqualTo(expected);
        assertThat(key("bbands(close, 20, matype=EMA).upper")).isEqualTo(expected);
    }

    @Test
    void shouldKeepCrossAssetInputs() {
        assertThat(key("beta(close@spy, close, 60)")).isEqualTo("beta(close@SPY,close,timeperiod=60)");
        assertThat(key("beta(60)")).isEqualTo("beta(high,low,timeperiod=60)");
    }

    @Test
    void shouldAcceptKeywordOnlyParameterOnlyByName() {
        assertThat(key("ema(10, seed=first)")).isEqualTo("ema(close,timeperiod=10,seed=first)");
        assertThat(rejection("ema(10, first)").reason()).isEqualTo("too many arguments for ema at position 8");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sma(20)",
                "bbands(20, 2, 2, ema).lower",
                "beta(close@SPY, macd(close).hist, 60)",
                "ema(rsi(sma(high, 3)), seed=first)"
            })
    void shouldBeIdempotent(String expression) {
        Series once = normalizer.normalize(expression);

        assertThat(normalizer.normalize(once.canonical())).isEqualTo(once);
    }

    @Test
    void shouldNormaliseQualifiedExpression() {
        assertThat(normalizer.normalizeQualified("aapl:rsi(14)").canonical())
                .isEqualTo("AAPL:rsi(close,timeperiod=14)");
    }

    @Test
    void shouldNamePositionOfUnknownAnalytic() {
        ExpressionException e = rejection("sma(smaa(3), 5)");

        assertThat(e).hasMessage("sma(smaa(3), 5) : unknown analytic 'smaa' at position 4");
    }

    @Test
    void shouldCountResolverPositionsFromStartOfQualifiedText() {
        ExpressionException e =
                catchThrowableOfType(ExpressionException.class, () -> normalizer.normalizeQualified("SPY:smaa(3)"));

        assertThat(e.position()).isEqualTo(4);
        assertThat(e.expression()).isEqualTo("SPY:smaa(3)");
    }

    @Test
    void shouldNamePositionOfUnknownOutput() {
        assertThat(rejection("macd(12,26,9).signl").reason())
                .isEqualTo("unknown output 'signl' of macd: expected one of macd, signal, hist at position 14");
    }

    @Test
    void shouldRejectSelectorOnSingleOutput() {
        assertThat(rejection("sma(20).upper").reason())
                .isEqualTo("sma has a single output, there is no output 'upper' at position 8");
    }

    @Test
    void shouldPassOnParseErrors() {
        assertThat(rejection("sma(20").position()).isEqualTo(6);
    }

    @Test
    void shouldNamePositionOfMisplacedArgument() {
        assertThat(rejection("sma(20, high)").reason()).isEqualTo("too many arguments for sma at position 8");
        assertThat(rejection("bbands(20, 2, 2, 3)").reason()).isEqualTo("expected a name for 'matype' at position 17");
        assertThat(rejection("beta(close@SPY, 60)").reason())
                .isEqualTo("beta takes 2 series inputs, got 1 at position 0");
    }
}
