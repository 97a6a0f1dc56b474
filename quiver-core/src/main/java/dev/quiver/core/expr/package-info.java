/**
 * The expression language: how an analytic on an asset is written, parsed and given its identity.
 *
 * <p>{@link dev.quiver.core.expr.ExpressionParser} turns text such as {@code macd(12,26,9).signal} or
 * {@code AAPL:rsi(14)} into a tree of immutable nodes ({@link dev.quiver.core.expr.Expr}); the parser is
 * purely syntactic and knows no analytic. {@link dev.quiver.core.expr.Normalizer} then asks a
 * {@link dev.quiver.core.expr.CallResolver} (the analytics catalogue) to fill default inputs and
 * parameters, so that {@code sma(20)} and {@code sma(close, 20)} get the same canonical text: the node's
 * key in the dependency graph. Bad text is rejected with an {@link dev.quiver.core.expr.ExpressionException}
 * that names the position. The grammar is in {@code docs/expressions.md}.
 */
package dev.quiver.core.expr;
