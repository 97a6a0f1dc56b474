package dev.quiver.core.expr;

/**
 * A series-valued expression: a field, a call, or one output of a call. This is what an expression
 * denotes and what a call takes as its inputs. Immutable and thread-safe.
 */
public sealed interface Series extends Argument permits FieldRef, Call, Select {}
