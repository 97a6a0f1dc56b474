package dev.quiver.core.expr;

/**
 * A constant: the value of a named argument ({@code window=63}, {@code matype=ema}). Immutable and
 * thread-safe.
 */
public sealed interface Literal extends Expr permits NumberLiteral, NameLiteral {}
