package dev.quiver.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    private static NumberLiteral num(double value) {
        return NumberLiteral.of(value);
    }

    private static Call call(String name, Argument... positional) {
        return Call.of(name, List.of(positional), List.of());
    }

    @Test
    void shouldParseBareFieldOfSubject() {
        assertThat(ExpressionParser.parse("close")).isEqualTo(FieldRef.of("close"));
    }

    @Test
    void shouldParseCallWithOmittedInput() {
        assertThat(ExpressionParser.parse("sma(20)")).isEqualTo(call("sma", num(20)));
    }

    @Test
    void shouldParseExplicitInputBeforeParameters() {
        assertThat(ExpressionParser.parse("sma(high, 20)")).isEqualTo(call("sma", FieldRef.of("high"), num(20)));
    }

    @Test
    void shouldKeepNamedArgumentsInSourceOrder() {
        Series parsed = ExpressionParser.parse("bbands(20, nbdevup=2, nbdevdn=2, matype=ema)");

        assertThat(parsed)
                .isEqualTo(Call.of(
                        "bbands",
                        List.of(num(20)),
                        List.of(
                                NamedArg.of("nbdevup", num(2)),
                                NamedArg.of("nbdevdn", num(2)),
                                NamedArg.of("matype", NameLiteral.of("ema")))));
    }

    @Test
    void shouldParseOutputSelector() {
        assertThat(ExpressionParser.parse("macd(12,26,9).signal"))
                .isEqualTo(Select.of(call("macd", num(12), num(26), num(9)), "signal"));
    }

    @Test
    void shouldComposeCalls() {
        assertThat(ExpressionParser.parse("sma(rsi(14), 5)")).isEqualTo(call("sma", call("rsi", num(14)), num(5)));
    }

    @ParameterizedTest
    @CsvSource({
        "close@SPY, SPY",
        "close@BRK.B, BRK.B",
        "close@^GSPC, ^GSPC",
        "close@EURUSD=X, EURUSD=X",
        "close@BTC-USD, BTC-USD",
        "close@brk.b, BRK.B",
        "close @ spy, SPY"
    })
    void shouldReadTickerAfterAtSignAsOneSymbol(String text, String symbol) {
        assertThat(ExpressionParser.parse(text)).isEqualTo(FieldRef.of("close", AssetId.of(symbol)));
    }

    @Test
    void shouldParseCrossAssetCall() {
        assertThat(ExpressionParser.parse("beta(close@SPY, close, 60)"))
                .isEqualTo(call("beta", FieldRef.of("close", AssetId.of("SPY")), FieldRef.of("close"), num(60)));
    }

    @Test
    void shouldParseKeywordOnlyCall() {
        assertThat(ExpressionParser.parse("sharpe_ratio(window=63)"))
                .isEqualTo(Call.of("sharpe_ratio", List.of(), List.of(NamedArg.of("window", num(63)))));
    }

    @Test
    void shouldSelectOutputOfCallWithCrossAssetInput() {
        assertThat(ExpressionParser.parse("alpha_beta(returns(close@SPY)).alpha"))
                .isEqualTo(Select.of(
                        call("alpha_beta", call("returns", FieldRef.of("close", AssetId.of("SPY")))), "alpha"));
    }

    @Test
    void shouldParseCallWithoutArguments() {
        assertThat(ExpressionParser.parse("obv()")).isEqualTo(call("obv"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "20|20",
                "2.0|2",
                "-3|-3",
                "0.5|0.5",
                "-0.25|-0.25",
                "1e-3|0.001",
                "1E3|1000",
                "2.5e+2|250",
                "-0|0",
                "007|7",
                "1e-5|1e-5",
                "1.5e20|1.5e20",
                "123456789012|123456789012"
            })
    void shouldPrintNumbersCanonically(String written, String canonical) {
        Series parsed = ExpressionParser.parse("sma(" + written + ")");

        assertThat(parsed.canonical()).isEqualTo("sma(" + canonical + ")");
    }

    @Test
    void shouldIgnoreWhitespaceAndCaseOfNames() {
        Series spaced = ExpressionParser.parse(" \tSMA (\n High ,\r\n20 ) . Upper ");

        assertThat(spaced).isEqualTo(ExpressionParser.parse("sma(high,20).upper"));
        assertThat(spaced.canonical()).isEqualTo("sma(high,20).upper");
    }

    @Test
    void shouldLowerCaseNamedArgumentsAndEnumerationValues() {
        assertThat(ExpressionParser.parse("BBANDS(20, MaType=EMA)").canonical()).isEqualTo("bbands(20,matype=ema)");
    }

    @Test
    void shouldPrintCanonicalTextWithoutSpaces() {
        Series parsed =
                ExpressionParser.parse("bbands( sma(close@brk.b, 5) , 20 , nbdevup = 2.0 , matype = ema ).upper");

        assertThat(parsed.canonical()).isEqualTo("bbands(sma(close@BRK.B,5),20,nbdevup=2,matype=ema).upper");
        assertThat(parsed).hasToString(parsed.canonical());
    }

    @Test
    void shouldRecordStartOfEveryNode() {
        Call sma = (Call) ExpressionParser.parse("sma( rsi(14) , -5, w = x )");
        Call rsi = (Call) sma.positional().get(0);

        assertThat(sma.start()).isZero();
        assertThat(rsi.start()).isEqualTo(5);
        assertThat(rsi.positional().get(0).start()).isEqualTo(9);
        assertThat(sma.positional().get(1).start()).isEqualTo(15);
        assertThat(sma.named().get(0).start()).isEqualTo(19);
        assertThat(sma.named().get(0).value().start()).isEqualTo(23);
    }

    @Test
    void shouldRecordStartOfSelectedOutput() {
        Select select = (Select) ExpressionParser.parse("macd(close) . hist");

        assertThat(select.start()).isZero();
        assertThat(select.outputStart()).isEqualTo(14);
    }

    @Test
    void shouldParseQualifiedExpression() {
        QualifiedExpr parsed = ExpressionParser.parseQualified("AAPL:rsi(14)");

        assertThat(parsed).isEqualTo(new QualifiedExpr(AssetId.of("AAPL"), call("rsi", num(14))));
        assertThat(parsed.canonical()).isEqualTo("AAPL:rsi(14)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "brk.b : close|BRK.B:close",
                "BTC-USD:close@ETH-USD|BTC-USD:close@ETH-USD",
                "^gspc:sma(20)|^GSPC:sma(20)",
                "EURUSD=X:macd(close).signal|EURUSD=X:macd(close).signal"
            })
    void shouldReadSubjectSymbolsWithTickerCharacters(String text, String canonical) {
        assertThat(ExpressionParser.parseQualified(text).canonical()).isEqualTo(canonical);
    }

    @Test
    void shouldCountQualifiedPositionsFromStartOfWholeText() {
        QualifiedExpr parsed = ExpressionParser.parseQualified("SPY: sma(20)");

        assertThat(parsed.expression().start()).isEqualTo(5);
    }
}
