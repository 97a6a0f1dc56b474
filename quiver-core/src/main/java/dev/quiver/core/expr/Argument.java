package dev.quiver.core.expr;

/** What may stand as a positional argument of a call: a series or a number. Immutable and thread-safe. */
public sealed interface Argument extends Expr permits Series, NumberLiteral {}
