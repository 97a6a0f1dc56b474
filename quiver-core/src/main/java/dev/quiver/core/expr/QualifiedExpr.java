package dev.quiver.core.expr;

import dev.quiver.core.asset.AssetId;
import java.util.Objects;

/**
 * An expression together with its subject, {@code AAPL:rsi(14)}: a node key as subscriptions name it.
 * Immutable and thread-safe; equality ignores source positions.
 *
 * @param subject the asset the expression is evaluated on
 * @param expression the expression
 */
public record QualifiedExpr(AssetId subject, Series expression) {

    /** Checks both components are present. */
    public QualifiedExpr {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(expression, "expression");
    }

    /** {@code SYMBOL:expression} in canonical form. */
    public String canonical() {
        return subject.symbol() + ":" + expression.canonical();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
