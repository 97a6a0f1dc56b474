package dev.quiver.core.expr;

/**
 * A node of a parsed expression.
 *
 * <p>Nodes are immutable records, thread-safe, and never hold null. Each keeps the 0-based offset where
 * it starts in the text it was parsed from, for error messages; that offset is source metadata, not
 * identity: two nodes are equal when they denote the same expression, wherever they stood, and
 * {@code toString()} returns {@link #canonical()}.
 */
public sealed interface Expr permits Argument, Literal {

    /** The 0-based offset in the source text where this node starts; 0 for nodes built in code. */
    int start();

    /**
     * The canonical text of this node: lower-case names, upper-case symbols, no whitespace, integral
     * numbers without a fraction. Parsing it gives a node equal to this one.
     */
    String canonical();
}
